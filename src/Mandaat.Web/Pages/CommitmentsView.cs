using System.Globalization;
using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Register.Materialised;

namespace Mandaat.Web.Pages;

/// <summary>
/// What "/toezeggingen" shows for one set of filters, before paging: the commitments shown, latest first, and the
/// counts by status and by mission over the other filters. Made once per state of the register and set of filters
/// (the tracker answers one list object per state until any process saves or removes a paper), so a request does
/// not filter, sort and count every commitment of the store; a bounded number of filter sets is kept per state.
/// </summary>
public sealed record CommitmentsView(IReadOnlyList<TrackedCommitment> Shown, IReadOnlyList<FacetCount> Statuses, IReadOnlyList<FacetCount> Missions)
{
    // Filter sets kept per state: the common ones and a reader's few searches.
    private const int Kept = 32;

    private static readonly PerStateMemo<IReadOnlyList<TrackedCommitment>, CommitmentsView> Made = new(Kept);

    /// <param name="all">Every commitment, as the tracker keeps them for the register's state.</param>
    /// <param name="period">The mission and the period asked for (the status is <paramref name="status"/>).</param>
    public static Task<CommitmentsView> GetAsync(IReadOnlyList<TrackedCommitment> all, string? status, CommitmentFilter period, string? words, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(period);
        var key = string.Create(CultureInfo.InvariantCulture, $"{status}|{period.Mission}|{period.From:yyyy-MM-dd}|{period.To:yyyy-MM-dd}|{words}");
        return Made.GetAsync(all, key, () => Task.FromResult(Make(all, status, period, words)), ct);
    }

    private static CommitmentsView Make(IReadOnlyList<TrackedCommitment> all, string? status, CommitmentFilter period, string? words)
    {
        var inPeriod = all
            .Where(c => (period with { Mission = null }).Accepts(c) && (words is null || c.Quote.Contains(words, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(c => c.Made ?? c.DocumentDate).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var ofMission = inPeriod.Where(c => period.Mission is null || c.Missions.Contains(period.Mission)).ToList();
        return new CommitmentsView(
            [.. ofMission.Where(c => status is null || c.Status == status)],
            FacetCount.Of(ofMission, c => c.Status),
            FacetCount.OfMany(inPeriod.Where(c => status is null || c.Status == status), c => c.Missions));
    }
}
