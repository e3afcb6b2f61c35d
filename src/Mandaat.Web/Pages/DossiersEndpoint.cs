using Mandaat.Core.Paging;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Listing;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>"/dossiers" (every dossier, the latest first, in pages) and "/dossiers/{nummer}" (one dossier's papers, in pages).</summary>
public static class DossiersEndpoint
{
    public static async Task<IResult> ListAsync(LazyStore lazy, string? pagina, CancellationToken ct)
    {
        if (!QueryInput.TryPage(pagina, out var page, out var error))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", error!);
        }

        var dossiers = await (await lazy.GetAsync()).ListDossiersAsync(page, ct);
        return PageResult.Render<DossiersPage>(new { Dossiers = dossiers, Link = new PageLink("/dossiers") });
    }

    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, string nummer, string? soort, string? pagina, CancellationToken ct)
    {
        if (!QueryInput.TryPage(pagina, out var page, out var error) || !QueryInput.TryKind(soort, out var kind, out error))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", error!);
        }

        var dossier = nummer.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var store = await lazy.GetAsync();
        var listing = await store.ListPageAsync(new DocumentQuery(kind, dossier, Order: DocumentOrder.Oldest), page, ct);
        if (listing.Documents.Total == 0 && kind is null)
        {
            return PageResult.Error(StatusCodes.Status404NotFound, "Dossier niet gevonden", $"Er zijn geen stukken van dossier ‘{nummer}’ opgeslagen. De dossiers staan op /dossiers.");
        }

        var whole = await DossierWhole.GetAsync(store, await register.IndexAsync(store, ct), dossier, ct);
        var link = new PageLink("/dossiers/" + Uri.EscapeDataString(dossier), new Dictionary<string, string?>(StringComparer.Ordinal) { ["soort"] = kind?.Slug, [PageLink.PageKey] = pagina });
        var model = new DossierModel(dossier, whole.Summary, listing, whole.Kinds, whole.Missions, kind?.Slug, link);
        return PageResult.Render<DossierPage>(new { Model = model });
    }
}
