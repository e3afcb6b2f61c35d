using System.Globalization;
using Mandaat.Core.Documents;
using Mandaat.Core.Paging;

namespace Mandaat.Web.Pages;

/// <summary>
/// The pages' query parameters read as people type them, each wrong one a Dutch sentence for a 400 page (a wrong
/// value is never silently ignored: a filter that did nothing would show results the reader did not ask for).
/// </summary>
public static class QueryInput
{
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static bool TryPage(string? pagina, out PageRequest page, out string? error, int size = PageRequest.DefaultSize)
    {
        (page, error) = (PageRequest.First, null);
        if (Text(pagina) is not { } text)
        {
            page = new PageRequest(1, size);
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            error = $"‘{text}’ is geen paginanummer; gebruik een heel getal vanaf 1.";
            return false;
        }

        page = new PageRequest(number, size);
        return true;
    }

    public static bool TryYear(string? jaar, out int? year, out string? error)
    {
        (year, error) = (null, null);
        if (Text(jaar) is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1800 or > 2999)
        {
            error = $"‘{text}’ is geen jaartal; gebruik bijvoorbeeld jaar=2020.";
            return false;
        }

        year = y;
        return true;
    }

    public static bool TryKind(string? soort, out DocumentKind? kind, out string? error)
    {
        (kind, error) = (null, null);
        if (Text(soort) is not { } text)
        {
            return true;
        }

        if (!DocumentKind.TryParse(text.ToLowerInvariant(), out var parsed))
        {
            error = $"‘{text}’ is geen soort stuk; kies een van: {string.Join(", ", DocumentKind.All.Select(k => k.Slug))}.";
            return false;
        }

        kind = parsed;
        return true;
    }
}
