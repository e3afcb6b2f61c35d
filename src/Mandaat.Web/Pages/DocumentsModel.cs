using Mandaat.Core.Paging;
using Mandaat.Store.Listing;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>A page of the documents list: the listing with its facets, the mission facet from the register, the filters as given, and the page's address.</summary>
public sealed record DocumentsModel(
    DocumentListing Listing,
    IReadOnlyList<FacetCount> Missions,
    MissionIndex Index,
    DocumentsFilter Filter,
    PageLink Link);

/// <summary>The documents list's filters as the URL gives them (slugs and text), for the form and the facets.</summary>
public sealed record DocumentsFilter(string? Kind, string? Dossier, string? Year, string? Mission, string? Title, string? Order);
