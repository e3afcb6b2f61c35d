using Mandaat.Core.Paging;

namespace Mandaat.Search.Ranking;

/// <summary>
/// A page of a search: the documents found (each once, with its best passages) and, over every document the
/// query holds for, the <see cref="Paged{T}.Total"/>, the counts by kind (slug), year and dossier, and the ids in
/// ranked order (<see cref="DocumentIds"/>, from which the web layer counts missions).
/// </summary>
public sealed record SearchResults(
    Paged<DocumentHits> Documents,
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Dossiers,
    IReadOnlyList<string> DocumentIds);
