using Mandaat.Core;
using Mandaat.Search.Ranking;
using Mandaat.Store.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <summary>The shared <see cref="SearchFlow"/> with FTS5 as the engine.</summary>
    public async Task<Outcome<IReadOnlyList<SearchHit>>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await new SearchFlow(_analyzer, _aliases).RunAsync(request, async ct => new Fts5SearchEngine(await OpenAsync(ct), _analyzer), cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the search failed in the database {FilePath}: {ex.Message}", ex);
        }
    }

    /// <summary>A page of the shared <see cref="SearchFlow"/>'s paged search on this backend's engine.</summary>
    public async Task<Outcome<SearchResults>> SearchPageAsync(SearchRequest request, SearchPaging paging, CancellationToken cancellationToken)
    {
        try
        {
            return await new SearchFlow(_analyzer, _aliases).RunPageAsync(request, paging, async ct => new Fts5SearchEngine(await OpenAsync(ct), _analyzer), cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the search failed in the database {FilePath}: {ex.Message}", ex);
        }
    }
}
