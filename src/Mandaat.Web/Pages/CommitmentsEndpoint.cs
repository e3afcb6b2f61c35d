using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Search.Query;
using Mandaat.Store;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>"/toezeggingen": every commitment to parliament, the latest first, by status, mission, period and words, in pages.</summary>
public static class CommitmentsEndpoint
{
    public static async Task<IResult> RenderAsync(
        LazyStore lazy, MissionRegister register, CommitmentTracker tracker, string? status, string? missie, string? van, string? tot, string? tekst, string? pagina, CancellationToken ct)
    {
        if (!QueryInput.TryPage(pagina, out var page, out var error))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", error!);
        }

        var wanted = QueryInput.Text(status);
        if (wanted is not null && !CommitmentStatus.IsKnown(wanted))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", $"‘{wanted}’ is geen status; kies open of fulfilled.");
        }

        DateOnly? from = null, to = null;
        if (!TryDate(QueryInput.Text(van), false, out from) || !TryDate(QueryInput.Text(tot), true, out to))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige vraag", "Van en tot nemen een datum zoals 2020-05-31, 2020-05 of 2020.");
        }

        var store = await lazy.GetAsync();
        var index = new MissionIndex(await register.IndexAsync(store, ct));
        var mission = QueryInput.Text(missie);
        if (mission is not null && index.Find(mission) is null)
        {
            return PageResult.Error(StatusCodes.Status404NotFound, "Missie niet gevonden", $"Er is geen missie ‘{mission}’ met stukken. De lijst van missies staat op /missies.");
        }

        var words = QueryInput.Text(tekst);
        var period = new CommitmentFilter(null, index.Find(mission)?.Id, from, to);
        var view = await CommitmentsView.GetAsync(await tracker.ListAsync(store, CommitmentFilter.None, ct), wanted, period, words, ct);
        var filter = new CommitmentsFilter(wanted, period.Mission, QueryInput.Text(van), QueryInput.Text(tot), words);
        var link = new PageLink("/toezeggingen", new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["status"] = filter.Status,
            ["missie"] = filter.Mission,
            ["van"] = filter.From,
            ["tot"] = filter.To,
            ["tekst"] = filter.Text,
            [PageLink.PageKey] = page.Number == 1 ? null : pagina,
        });
        var model = new CommitmentsModel(
            page.Apply(view.Shown),
            view.Statuses,
            view.Missions,
            index,
            filter,
            link);
        return PageResult.Render<CommitmentsPage>(new { Model = model });
    }

    /// <summary>A date as the search's filters take it (2020-05-31, 2020-05 or 2020; the end of that span for an end), or none when not given.</summary>
    internal static bool TryDate(string? text, bool end, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!QueryDates.TryParse(text, end, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
