using Mandaat.Core.Facts;
using Mandaat.Core.Paging;
using Mandaat.Register.Missions;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;
using Mandaat.Store.Listing;
using Mandaat.Web.Api;
using Mandaat.Web.Pages.Dutch;

namespace Mandaat.Web.Pages;

/// <summary>"/documenten/{id}": one paper with everything it links to.</summary>
public static class DocumentEndpoint
{
    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, string id, string? versie, CancellationToken ct)
    {
        int? version = null;
        if (QueryInput.Text(versie) is { } v)
        {
            if (!int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", $"‘{v}’ is geen versienummer; gebruik een heel getal vanaf 1.");
            }

            version = n;
        }

        var store = await lazy.GetAsync();
        var document = version is { } asked
            ? (id.Length > 200 ? null : await store.GetVersionAsync(id, asked, ct))
            : (await DocumentEndpoints.LookupAsync(lazy, id, ct)).Document;
        if (document is null)
        {
            return PageResult.Error(StatusCodes.Status404NotFound, "Document niet gevonden", version is null
                ? $"Er is geen document ‘{id}’. Zoek het op /zoeken of blader op /documenten."
                : $"Van document ‘{id}’ is geen versie {version} opgeslagen.");
        }

        // Only the papers this one cites and the ones citing it are looked up (the register keeps who cites whom), and
        // its missions come from the register's index: the page costs the same in a store of any size.
        var s = document.Summary;
        var references = document.Facts.OfType<ReferenceFact>().ToList();
        var citing = (await register.Materialised.CitingAsync(store, s.Dossier, s.Number, ct)).Where(by => !Same(by, s.Id)).ToList();
        var ids = await SummariesAsync(store, references.Select(CitedId).OfType<string>().Concat(citing), ct);
        var cites = references
            .Select(r => new CitedPaper(FactValues.Describe(r), Resolve(r, ids, s.Id), r.Quote))
            .DistinctBy(c => c.StoredId ?? c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var citedBy = s.Dossier is null || s.Number is null
            ? []
            : citing.Select(by => ids.TryGetValue(by, out var paper) ? new CitedPaper(paper.Title, paper.Id, null) : new CitedPaper(by, null, null)).ToList();
        var missions = (await register.IndexAsync(store, ct)).Of(s.Id).ToList();
        var text = MarkedText.Render(document.Text, document.Facts, out var anchors);
        var model = new DocumentModel(document, text, anchors, missions, cites, citedBy, ToetsingskaderCheck.Check(document));
        return PageResult.Render<DocumentPage>(new { Model = model });
    }

    private static string? Resolve(ReferenceFact reference, Dictionary<string, DocumentSummary> ids, string self) =>
        CitedId(reference) is { } id && ids.TryGetValue(id, out var paper) && !Same(paper.Id, self) ? paper.Id : null;

    private static string? CitedId(ReferenceFact reference) =>
        reference.Dossier is not null && reference.Number is not null ? $"kst-{reference.Dossier}-{reference.Number}" : reference.DocumentId;

    // The stored papers among these ids (any case, as ids are matched on the page), in one listing query.
    private static async Task<Dictionary<string, DocumentSummary>> SummariesAsync(IDocumentStore store, IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.SelectMany(id => new[] { id, id.ToLowerInvariant() }).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, DocumentSummary>(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
        {
            return found;
        }

        for (var page = 1; ; page++)
        {
            var listing = (await store.ListPageAsync(new DocumentQuery(Within: wanted), new PageRequest(page, PageRequest.MaxSize), ct)).Documents;
            foreach (var paper in listing.Items)
            {
                found.TryAdd(paper.Id, paper);
            }

            if (page * PageRequest.MaxSize >= listing.Total || listing.Items.Count == 0)
            {
                return found;
            }
        }
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Replace(" ", string.Empty, StringComparison.Ordinal), b?.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
