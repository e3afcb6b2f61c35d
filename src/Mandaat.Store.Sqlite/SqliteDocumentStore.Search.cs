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
}
