using Mandaat.Core.Paging;

namespace Mandaat.Store.Listing;

/// <summary>One page of a document list, with the counts by kind (slug), year and dossier of every document the query holds for.</summary>
public sealed record DocumentListing(
    Paged<DocumentSummary> Documents,
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Dossiers);
