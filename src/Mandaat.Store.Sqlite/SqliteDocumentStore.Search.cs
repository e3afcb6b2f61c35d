using Mandaat.Core;
using Mandaat.Store.Search;
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
            return await new SearchFlow(_analyzer).RunAsync(request, async ct => await OpenAsync(ct), new Fts5SearchEngine(_analyzer), cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the search failed in the database {FilePath}: {ex.Message}", ex);
        }
    }
}
