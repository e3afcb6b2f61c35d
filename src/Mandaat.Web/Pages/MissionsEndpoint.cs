using Mandaat.Core.Paging;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>"/missies": every mission the stored papers concern, the one written about last first, filterable by status.</summary>
public static class MissionsEndpoint
{
    public static async Task<IResult> RenderAsync(LazyStore lazy, MissionRegister register, string? status, string? pagina, CancellationToken ct)
    {
        if (!QueryInput.TryPage(pagina, out var page, out var error))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", error!);
        }

        MissionStatus? wanted = null;
        if (QueryInput.Text(status) is { } text && !MissionStatus.TryParse(text, out wanted))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", $"‘{text}’ is geen status; kies active, ended of unknown.");
        }

        var missions = (await register.ListAsync(await lazy.GetAsync(), ct))
            .OrderBy(m => m.Last is null).ThenByDescending(m => m.Last).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var shown = missions.Where(m => wanted is null || m.Status == wanted).ToList();
        var link = new PageLink("/missies", new Dictionary<string, string?>(StringComparer.Ordinal) { ["status"] = wanted?.Slug, [PageLink.PageKey] = pagina });
        var model = new MissionsModel(page.Apply(shown), FacetCount.Of(missions, m => m.Status.Slug), wanted?.Slug, link);
        return PageResult.Render<MissionsPage>(new { Model = model });
    }
}
