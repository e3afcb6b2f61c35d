using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Listing;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>"/documenten": every stored paper, newest first, filtered by kind, dossier, year, mission and title, with counts per value and pages.</summary>
public static class DocumentsEndpoint
{
    public static async Task<IResult> RenderAsync(
        LazyStore lazy, MissionRegister register, string? soort, string? dossier, string? jaar, string? missie, string? titel, string? volgorde, string? pagina, CancellationToken ct)
    {
        if (!QueryInput.TryKind(soort, out var kind, out var error) || !QueryInput.TryYear(jaar, out var year, out error) || !QueryInput.TryPage(pagina, out var page, out error))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", error!);
        }

        var order = QueryInput.Text(volgorde);
        if (order is not (null or "nieuwste" or "oudste"))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", $"‘{order}’ is geen volgorde; kies nieuwste of oudste.");
        }

        var store = await lazy.GetAsync();
        var index = new MissionIndex(await register.IndexAsync(store, ct));
        var mission = QueryInput.Text(missie);
        if (mission is not null && index.Find(mission) is null)
        {
            return PageResult.Error(StatusCodes.Status404NotFound, "Missie niet gevonden", $"Er is geen missie ‘{mission}’ met stukken. De lijst van missies staat op /missies.");
        }

        var query = new DocumentQuery(kind, QueryInput.Text(dossier), year, QueryInput.Text(titel), mission is null ? null : index.DocumentsOf(mission), order == "oudste" ? DocumentOrder.Oldest : DocumentOrder.Newest);
        var listing = await store.ListPageAsync(query, page, ct);
        var matching = (await store.ListAsync(DocumentFilter.None, ct)).Where(query.Accepts).Select(d => d.Id);
        var filter = new DocumentsFilter(kind?.Slug, query.Dossier, year?.ToString(System.Globalization.CultureInfo.InvariantCulture), index.Find(mission)?.Id, query.Title, order);
        var link = new PageLink("/documenten", new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["soort"] = filter.Kind,
            ["dossier"] = filter.Dossier,
            ["jaar"] = filter.Year,
            ["missie"] = filter.Mission,
            ["titel"] = filter.Title,
            ["volgorde"] = filter.Order,
            [PageLink.PageKey] = page.Number == 1 ? null : pagina,
        });
        var model = new DocumentsModel(listing, index.Facets(matching), index, filter, link);
        return PageResult.Render<DocumentsPage>(new { Model = model });
    }
}
