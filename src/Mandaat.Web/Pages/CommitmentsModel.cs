using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>A page of the commitments list, the counts by status and mission over the other filters, and the filters as given.</summary>
public sealed record CommitmentsModel(
    Paged<TrackedCommitment> Commitments,
    IReadOnlyList<FacetCount> Statuses,
    IReadOnlyList<FacetCount> Missions,
    MissionIndex Index,
    CommitmentsFilter Filter,
    PageLink Link);

/// <summary>The commitments list's filters as the URL gives them.</summary>
public sealed record CommitmentsFilter(string? Status, string? Mission, string? From, string? To, string? Text);
