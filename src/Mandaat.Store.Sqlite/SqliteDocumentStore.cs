using Dapper;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store.Register;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Each operation opens a pooled connection,
/// so one store object can serve a web server's concurrent readers.
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore, ISearchService
{
    private readonly string _connectionString;
    private readonly ITextAnalyzer _analyzer;
    private readonly QueryAliases _aliases;
    private readonly IRegisterProjection? _register;

    /// <param name="path">The SQLite file; created when missing.</param>
    /// <param name="analyzer">How text becomes search terms; the Dutch analyzer unless a test or a deployment picks another.</param>
    /// <param name="aliases">Names that meet in a search (the mission catalogue's); the designation variants alone when null.</param>
    /// <param name="register">Makes each saved document's register entry in its transaction; without it the register makes missing entries when it is read.</param>
    public SqliteDocumentStore(string path, ITextAnalyzer? analyzer = null, QueryAliases? aliases = null, IRegisterProjection? register = null)
    {
        _register = register;
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _analyzer = analyzer ?? DutchTextAnalyzer.Default;
        _aliases = aliases ?? QueryAliases.Builtin(_analyzer);
        FilePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new StoreException($"the folder of the database does not exist: {directory}; create it or pass another --db path");
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // busy_timeout lets a second process wait for the writer instead of failing at once. A 64 MB page
            // cache (SQLite's default is 2 MB) keeps the pages a search joins — hundreds of document and unit
            // rows — in memory between queries; with the default they come back one read() at a time, which
            // dominates a small query. Bounded per connection, unlike a memory map, whose
            // pages count towards the working set as the store grows.
            await connection.ExecuteAsync("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA cache_size = -65536;");
            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw new StoreException($"cannot open the database {FilePath}: {ex.Message}", ex);
        }
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
