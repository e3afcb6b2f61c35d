using Mandaat.Core;
using Mandaat.Core.Documents;

namespace Mandaat.Search.Query;

/// <summary>
/// Reads the field filters of a query. A filter applies to the whole query wherever it stands; a bad
/// value fails with a message that shows a good one.
/// </summary>
internal static class FilterReader
{
    public static Outcome<QueryFilters> Apply(QueryFilters filters, QueryToken field)
    {
        var value = field.Text.Trim();
        if (field.Negated)
        {
            return Fail($"a filter cannot be excluded (-{field.Field}:…); filter on what you want instead");
        }

        switch (field.Field)
        {
            case "kind" or "soort":
                return DocumentKind.TryParse(value.ToLowerInvariant(), out var kind)
                    ? Outcome<QueryFilters>.Ok(filters with { Kind = kind })
                    : Fail($"unknown kind '{value}' in kind:; use one of {SlugSet.Names<DocumentKind>()}");
            case "dossier":
                var dossier = value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                return dossier.Length is > 0 and <= 20 && char.IsDigit(dossier[0]) && dossier.All(c => char.IsLetterOrDigit(c) || c == '-')
                    ? Outcome<QueryFilters>.Ok(filters with { Dossier = dossier })
                    : Fail($"dossier: expects a dossier number such as 27925 or 35570-X, not '{value}'");
            case "from" or "van":
                return QueryDates.TryParse(value, end: false, out var from)
                    ? Outcome<QueryFilters>.Ok(filters with { From = from })
                    : Fail($"{field.Field}: expects a date such as 2020-05-31, 2020-05 or 2020, not '{value}'");
            case "to" or "tot":
                return QueryDates.TryParse(value, end: true, out var to)
                    ? Outcome<QueryFilters>.Ok(filters with { To = to })
                    : Fail($"{field.Field}: expects a date such as 2020-05-31, 2020-05 or 2020, not '{value}'");
            case "year" or "jaar":
                return QueryDates.TryParse(value, end: false, out var first) && value.Length == 4 && QueryDates.TryParse(value, end: true, out var last)
                    ? Outcome<QueryFilters>.Ok(filters with { From = first, To = last })
                    : Fail($"{field.Field}: expects a year such as 2020, not '{value}'");
            case "type":
                return value.ToLowerInvariant() switch
                {
                    "question" or "vraag" or "vragen" or "qa" => Outcome<QueryFilters>.Ok(filters with { Unit = SearchUnits.Question }),
                    "paragraph" or "alinea" => Outcome<QueryFilters>.Ok(filters with { Unit = SearchUnits.Paragraph }),
                    _ => Fail($"type: expects question or paragraph, not '{value}'"),
                };
            case "vraag":
                return Outcome<QueryFilters>.Ok(filters with { Unit = SearchUnits.Question });
            default:
                return Fail($"unknown filter {field.Field}:");
        }
    }

    private static Outcome<QueryFilters> Fail(string message) => Outcome<QueryFilters>.Fail(message);
}
