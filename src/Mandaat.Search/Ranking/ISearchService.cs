using Mandaat.Core;

namespace Mandaat.Search.Ranking;

/// <summary>
/// Dutch full-text search over the stored paragraphs and questions. Every backend answers through the
/// shared <see cref="SearchFlow"/> (Mandaat's own parser, the same scoring and snippets) with only its engine
/// query of its own; a query that cannot be understood is a failed outcome whose message the interfaces
/// show (the CLI exits 2), never an exception.
/// </summary>
public interface ISearchService
{
    Task<Outcome<IReadOnlyList<SearchHit>>> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>One page of documents with their best passages, the total and the facet counts (<see cref="SearchFlow.RunPageAsync"/>); the request's limit is not used.</summary>
    Task<Outcome<SearchResults>> SearchPageAsync(SearchRequest request, SearchPaging paging, CancellationToken cancellationToken);
}
