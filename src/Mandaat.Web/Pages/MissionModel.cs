using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Register.Timeline;
using Mandaat.Store;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>A mission's page: the register's detail, one page of its timeline (with the link to the others), its commitments, its latest papers (with the total, for the link to all) and the budget per year.</summary>
public sealed record MissionModel(
    MissionDetail Detail,
    Paged<TimelineEvent> Timeline,
    PageLink Link,
    IReadOnlyList<TrackedCommitment> Commitments,
    IReadOnlyList<DocumentSummary> Documents,
    int DocumentTotal,
    IReadOnlyList<BudgetYear> Budget);
