using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Web.Pages;

/// <summary>A mission's page: the register's detail, its commitments, its latest papers (with the total, for the link to all) and the budget per year.</summary>
public sealed record MissionModel(
    MissionDetail Detail,
    IReadOnlyList<TrackedCommitment> Commitments,
    IReadOnlyList<DocumentSummary> Documents,
    int DocumentTotal,
    IReadOnlyList<BudgetYear> Budget);
