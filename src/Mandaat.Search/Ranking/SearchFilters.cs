using Mandaat.Core;
using Mandaat.Core.Documents;
using Mandaat.Search.Query;

namespace Mandaat.Search.Ranking;

/// <summary>Shared by every backend so the filters mean the same everywhere. Joins the command line's filters with those typed in the query; the two must agree where both are given.</summary>
public static class SearchFilters
{
    public static Outcome<QueryFilters> Merge(SearchRequest request, QueryFilters typed)
    {
        DocumentKind? kind = null;
        if (request.Kind is { } asked && !DocumentKind.TryParse(asked.Trim().ToLowerInvariant(), out kind))
        {
            return Outcome<QueryFilters>.Fail($"unknown kind '{asked}'; use one of {SlugSet.Names<DocumentKind>()}");
        }

        var dossier = request.Dossier?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (kind is not null && typed.Kind is not null && kind != typed.Kind)
        {
            return Outcome<QueryFilters>.Fail($"the kind filter ({kind}) and kind: in the query ({typed.Kind}) disagree; give one");
        }

        if (dossier is not null && typed.Dossier is not null && dossier != typed.Dossier)
        {
            return Outcome<QueryFilters>.Fail($"the dossier filter ({dossier}) and dossier: in the query ({typed.Dossier}) disagree; give one");
        }

        var from = Later(request.From, typed.From);
        var to = Earlier(request.To, typed.To);
        if (from is not null && to is not null && from > to)
        {
            return Outcome<QueryFilters>.Fail($"the period is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}");
        }

        return Outcome<QueryFilters>.Ok(new QueryFilters(kind ?? typed.Kind, dossier ?? typed.Dossier, from, to, typed.Unit));
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
