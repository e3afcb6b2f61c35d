using Mandaat.Core.Paging;

namespace Mandaat.Store.Listing;

/// <summary>
/// Paging, facets and the dossier list, worked out over a store's document summaries. Shared so both backends
/// page, count and order alike; the summaries are small rows (a 2,000-paper store lists them in milliseconds), so a
/// backend need not override it until stores grow far past that.
/// </summary>
public static class DocumentListings
{
    public static DocumentListing Page(IReadOnlyList<DocumentSummary> all, DocumentQuery query, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var matching = all.Where(query.Accepts);
        var ordered = (query.Order == DocumentOrder.Oldest
                ? matching.OrderBy(d => d.Date is null).ThenBy(d => d.Date)
                : matching.OrderBy(d => d.Date is null).ThenByDescending(d => d.Date))
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new DocumentListing(
            page.Apply(ordered),
            FacetCount.Of(ordered, d => d.Kind.Slug),
            FacetCount.Of(ordered, d => d.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            FacetCount.Of(ordered, d => d.Dossier));
    }

    /// <summary>Every dossier the store holds papers of, the latest paper first; papers without a dossier are left out.</summary>
    public static Paged<DossierSummary> Dossiers(IReadOnlyList<DocumentSummary> all, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(page);
        var dossiers = all.Where(d => !string.IsNullOrEmpty(d.Dossier))
            .GroupBy(d => d.Dossier!, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var papers = g.OrderBy(d => d.Date is null).ThenBy(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
                var dated = papers.Where(d => d.Date is not null).Select(d => d.Date!.Value).ToList();
                return new DossierSummary(g.Key, papers[0].Title, papers.Count, dated.Count > 0 ? dated.Min() : null, dated.Count > 0 ? dated.Max() : null, FacetCount.Of(papers, d => d.Kind.Slug));
            })
            .OrderBy(d => d.Last is null).ThenByDescending(d => d.Last).ThenBy(d => d.Dossier, StringComparer.Ordinal)
            .ToList();
        return page.Apply(dossiers);
    }
}
