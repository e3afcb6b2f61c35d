using Mandaat.Core;

namespace Mandaat.Store.Search;

/// <summary>
/// Dutch full-text search over the stored paragraphs and questions. Each backend parses the query with
/// Mandaat's own parser and answers with the same hits; a query that cannot be understood is a failed
/// outcome whose message the interfaces show (the CLI exits 2), never an exception.
/// </summary>
public interface ISearchService
{
    Task<Outcome<IReadOnlyList<SearchHit>>> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
