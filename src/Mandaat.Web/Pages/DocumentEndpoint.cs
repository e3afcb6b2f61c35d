using Mandaat.Core.Facts;
using Mandaat.Register.Missions;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;
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

        var all = await store.ListAsync(DocumentFilter.None, ct);
        var ids = all.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
        var s = document.Summary;
        var cites = document.Facts.OfType<ReferenceFact>()
            .Select(r => new CitedPaper(FactValues.Describe(r), Resolve(r, ids, s.Id), r.Quote))
            .DistinctBy(c => c.StoredId ?? c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var citedBy = s.Dossier is null || s.Number is null
            ? []
            : (await store.GetFactsAsync(null, FactType.Reference, ct)).OfType<ReferenceFact>()
                .Where(r => Same(r.Dossier, s.Dossier) && Same(r.Number, s.Number) && r.Citation?.Document is { } by && !Same(by, s.Id))
                .Select(r => r.Citation!.Document!).Distinct(StringComparer.Ordinal)
                .Select(by => ids.TryGetValue(by, out var paper) ? new CitedPaper(paper.Title, paper.Id, null) : new CitedPaper(by, null, null))
                .ToList();
        var missions = (await register.ListAsync(store, ct)).Where(m => m.Documents.Contains(s.Id, StringComparer.Ordinal)).ToList();
        var text = MarkedText.Render(document.Text, document.Facts, out var anchors);
        var model = new DocumentModel(document, text, anchors, missions, cites, citedBy, ToetsingskaderCheck.Check(document));
        return PageResult.Render<DocumentPage>(new { Model = model });
    }

    private static string? Resolve(ReferenceFact reference, Dictionary<string, DocumentSummary> ids, string self)
    {
        var id = reference.Dossier is not null && reference.Number is not null ? $"kst-{reference.Dossier}-{reference.Number}" : reference.DocumentId;
        return id is not null && ids.TryGetValue(id, out var paper) && !Same(paper.Id, self) ? paper.Id : null;
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Replace(" ", string.Empty, StringComparison.Ordinal), b?.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
