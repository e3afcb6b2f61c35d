using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Web.Pages;

/// <summary>"/missies/{id}": one mission by id or any of its names.</summary>
public static class MissionEndpoint
{
    private const int DocumentsShown = 10;

    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, string id, CancellationToken ct)
    {
        var store = await lazy.GetAsync();
        var corpus = await register.LoadAsync(store, ct);
        if (id.Length > 200 || register.Find(corpus, id) is not { } mission)
        {
            return PageResult.Error(StatusCodes.Status404NotFound, "Missie niet gevonden", $"Er is geen missie ‘{id}’. De lijst van missies staat op /missies.");
        }

        var detail = register.Build(corpus, mission);
        var ids = detail.Mission.Documents.ToHashSet(StringComparer.Ordinal);
        var listing = await store.ListPageAsync(new Store.Listing.DocumentQuery(Within: ids), new Core.Paging.PageRequest(1, DocumentsShown), ct);
        var commitments = CommitmentTracker.Track(corpus).Where(c => c.Missions.Contains(detail.Mission.Id, StringComparer.Ordinal))
            .OrderByDescending(c => c.Made ?? c.DocumentDate).ToList();
        var model = new MissionModel(detail, commitments, listing.Documents.Items, listing.Documents.Total, BudgetYear.Of(detail.Mission.Budget));
        return PageResult.Render<MissionPage>(new { Model = model });
    }
}
