using Mandaat.Core;
using Mandaat.Search.Ranking;
using Mandaat.Store.Postgres.Search;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    // Counted once per state of the store, shared by every search of this store object (SearchStatistics).
    private readonly SearchStatistics _statistics = new();

    /// <summary>The shared <see cref="SearchFlow"/> with PostgreSQL's text search as the engine.</summary>
    public async Task<Outcome<IReadOnlyList<SearchHit>>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await new SearchFlow(_analyzer, _aliases).RunAsync(request, async ct => new PostgresSearchEngine(await OpenAsync(ct), _analyzer, _statistics), cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"the search failed in {Location}: {Reason(ex)}", ex);
        }
    }

    /// <summary>A page of the shared <see cref="SearchFlow"/>'s paged search on this backend's engine.</summary>
    public async Task<Outcome<SearchResults>> SearchPageAsync(SearchRequest request, SearchPaging paging, CancellationToken cancellationToken)
    {
        try
        {
            return await new SearchFlow(_analyzer, _aliases).RunPageAsync(request, paging, async ct => new PostgresSearchEngine(await OpenAsync(ct), _analyzer, _statistics), cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"the search failed in {Location}: {Reason(ex)}", ex);
        }
    }
}
