using Mandaat.Core.Paging;
using Mandaat.Register.Missions;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>A page of the missions list with the counts by status and the chosen status (a slug), if any.</summary>
public sealed record MissionsModel(Paged<MissionSummary> Missions, IReadOnlyList<FacetCount> Statuses, string? Status, PageLink Link);
