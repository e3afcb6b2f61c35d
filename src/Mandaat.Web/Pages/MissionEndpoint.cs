using System.Runtime.CompilerServices;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>"/missies/{id}?pagina=N": one mission by id or any of its names, its timeline paged.</summary>
public static class MissionEndpoint
{
    private const int DocumentsShown = 10;

    // A mission of hundreds of letters (anti-ISIS) is read a page of its timeline at a time; the state table and chart stay whole.
    private const int EventsShown = 25;

    // A mission's commitments latest first, sorted once per list the tracker keeps (one per state of the register).
    private static readonly ConditionalWeakTable<IReadOnlyList<TrackedCommitment>, List<TrackedCommitment>> Latest = [];

    // The register the store keeps (read as a few snapshot rows), never the documents themselves: the page costs the
    // same with 10 or 100,000 documents stored.
    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, CommitmentTracker tracker, string id, string? pagina, CancellationToken ct)
    {
        if (!QueryInput.TryPage(pagina, out var page, out var error, EventsShown))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", error!);
        }

        var store = await lazy.GetAsync();
        if (id.Length > 200 || await register.GetAsync(store, id, ct) is not { } detail)
        {
            return PageResult.Error(StatusCodes.Status404NotFound, "Missie niet gevonden", $"Er is geen missie ‘{id}’. De lijst van missies staat op /missies.");
        }

        var papers = await MissionPapers.LatestAsync(store, detail, DocumentsShown, ct);
        var commitments = Latest.GetValue(
            await tracker.ListAsync(store, new CommitmentFilter(null, detail.Mission.Id, null, null), ct),
            list => [.. list.OrderByDescending(c => c.Made ?? c.DocumentDate)]);
        var link = new PageLink("/missies/" + Uri.EscapeDataString(detail.Mission.Id), new Dictionary<string, string?>(StringComparer.Ordinal) { [PageLink.PageKey] = pagina });
        var model = new MissionModel(detail, page.Apply(detail.Timeline), link, commitments, papers.Items, papers.Total, BudgetYear.Of(detail.Mission.Budget));
        return PageResult.Render<MissionPage>(new { Model = model });
    }
}
