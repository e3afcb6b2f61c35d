using Mandaat.Core.Paging;
using Mandaat.Register.Missions;
using Mandaat.Store.Listing;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>One dossier's page: its summary, a page of its papers, the counts of all its papers' kinds and its missions.</summary>
public sealed record DossierModel(
    string Dossier,
    DossierSummary? Summary,
    DocumentListing Listing,
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<MissionSummary> Missions,
    string? Kind,
    PageLink Link);
