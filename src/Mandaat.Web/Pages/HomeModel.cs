using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Web.Pages;

/// <summary>What the home page shows: the latest papers, the missions most recently written about, the latest open commitments, and the totals that lead to the full lists.</summary>
public sealed record HomeModel(
    IReadOnlyList<DocumentSummary> Recent,
    int Documents,
    IReadOnlyList<MissionSummary> Missions,
    int MissionTotal,
    IReadOnlyList<TrackedCommitment> Open,
    int OpenTotal);
