using Microsoft.AspNetCore.WebUtilities;

namespace Mandaat.Web.Pages.Shared;

/// <summary>
/// The address of a listing with its filters, so every page, facet and pager link is a URL to share. Empty
/// values are left out; the page number 1 too, so the first page has one address.
/// </summary>
public sealed record PageLink(string Path, IReadOnlyDictionary<string, string?> Query)
{
    public const string PageKey = "pagina";

    public PageLink(string path)
        : this(path, new Dictionary<string, string?>(StringComparer.Ordinal))
    {
    }

    /// <summary>This address with one parameter set (or removed with null); any other change of filter goes back to page 1.</summary>
    public string With(string key, string? value)
    {
        var query = Query.Where(p => p.Key != key && (key == PageKey || p.Key != PageKey)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        query[key] = value;
        return Build(query);
    }

    public string Page(int number) => With(PageKey, number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => Build(Query);

    private string Build(IEnumerable<KeyValuePair<string, string?>> query) =>
        QueryHelpers.AddQueryString(Path, query.Where(p => !string.IsNullOrWhiteSpace(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal));
}
