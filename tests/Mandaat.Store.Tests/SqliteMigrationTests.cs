using System.Text.Json;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store.Indexing;
using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Tests;

/// <summary>
/// A SQLite store of every earlier schema version, written in that version's exact schema
/// (tests/data/sqlite-schemas) with the samples' real rows, opens with this program: it migrates to the current
/// version and then holds, shows, counts and finds what a store made fresh from the same documents does, scores
/// included, and keeps doing so when a document is deleted.
/// </summary>
public sealed class SqliteMigrationTests(FreshSqliteStore fresh) : IClassFixture<FreshSqliteStore>, IDisposable
{
    private static readonly SearchRequest[] Searches =
    [
        new("Erbil"),
        new("KDC-10"),
        new("\"force protection\""),
        new("Irak OR Syrië"),
        new("ISIS -Syrië"),
        new("milit*"),
        new("(Irak OR Syrië) F-16"),
        new("kind:artikel100 Irak"),
        new("vraag:militairen"),
        new("type:paragraph coalitie"),
        new("type:question kosten"),
        new("bijdrage"),
        new("de"),
        new("militair*", Sort: SearchSort.Date),
        new("Irak", Dossier: "27925", Limit: 3),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-sqlite-migration-").FullName;

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    [InlineData("v2-with-document-units")]
    [InlineData("v3")]
    [InlineData("v4")]
    [InlineData("v5")]
    [InlineData("v6")]
    [InlineData("v7")]
    public async Task A_store_of_an_earlier_version_migrates_and_then_holds_and_finds_what_a_fresh_store_does(string version)
    {
        var path = Path.Combine(_folder, $"{version}.db");
        await WriteOldStoreAsync(path, version);

        await using var migrated = new SqliteDocumentStore(path);
        await migrated.MigrateAsync(default);
        await using var current = new SqliteDocumentStore(fresh.Path);

        Assert.Equal(await ScalarAsync(fresh.Path, "SELECT MAX(version) FROM schema_version;"), await ScalarAsync(path, "SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(await SchemaAsync(fresh.Path), await SchemaAsync(path));
        Assert.Equal(await IndexAsync(fresh.Path), await IndexAsync(path));
        Assert.Equal(0L, await ScalarAsync(path, "SELECT COUNT(*) FROM search_units WHERE (unit = 'document') <> ((id & 1048575) = 0);"));
        await AssertHoldsAndFindsTheSameAsync(current, migrated);

        // The migrated store's triggers keep its index and totals as the fresh store's keep theirs.
        var copy = Path.Combine(_folder, "fresh-copy.db");
        File.Copy(fresh.Path, copy);
        await using var freshCopy = new SqliteDocumentStore(copy);
        Assert.True(await migrated.DeleteAsync(FreshSqliteStore.Deleted, default));
        Assert.True(await freshCopy.DeleteAsync(FreshSqliteStore.Deleted, default));
        Assert.Equal(await IndexAsync(copy), await IndexAsync(path));
        await AssertHoldsAndFindsTheSameAsync(freshCopy, migrated);
    }

    private static async Task AssertHoldsAndFindsTheSameAsync(SqliteDocumentStore expected, SqliteDocumentStore actual)
    {
        Assert.Equal(await StoreChecksum.ComputeAsync(expected, default), await StoreChecksum.ComputeAsync(actual, default));
        Assert.Equal(await expected.CountAsync(default), await actual.CountAsync(default));
        Assert.Equal(await expected.ListAsync(DocumentFilter.None, default), await actual.ListAsync(DocumentFilter.None, default));
        Assert.Equal(Json(await expected.GetFactsAsync(null, null, default)), Json(await actual.GetFactsAsync(null, null, default)));
        foreach (var summary in await expected.ListAsync(DocumentFilter.None, default))
        {
            Assert.Equal(Json(await expected.GetAsync(summary.Id, default)), Json(await actual.GetAsync(summary.Id, default)));
        }

        foreach (var request in Searches)
        {
            var hits = await expected.SearchAsync(request, default);
            Assert.True(hits.Succeeded, hits.Error);
            Assert.Equal(hits.Value, (await actual.SearchAsync(request, default)).Value);
        }
    }

    /// <summary>
    /// The store a program of that version would have left: the fixture's schema and index, and the fresh store's
    /// rows of the tables whose columns have not changed since version 1.
    /// </summary>
    private async Task WriteOldStoreAsync(string path, string version)
    {
        // The fixture fills the index before the rows its units belong to are copied.
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "ATTACH DATABASE $fresh AS fresh; CREATE TEMP TABLE whole_terms (document_id TEXT PRIMARY KEY, body TEXT NOT NULL, parts TEXT NOT NULL);", ("$fresh", fresh.Path));
        foreach (var document in fresh.Documents)
        {
            var whole = PassageAnalysis.Of(document, DutchTextAnalyzer.Default).Single(u => u.Unit == SearchUnits.Document);
            await ExecuteAsync(connection, "INSERT INTO temp.whole_terms VALUES ($id, $body, $parts);", ("$id", document.Id), ("$body", whole.Body), ("$parts", whole.Parts));
        }

        await ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "data", "sqlite-schemas", $"{version}.sql")));
        // documents gained version and official in version 9: its columns of version 1 are copied by name.
        await ExecuteAsync(connection, "INSERT INTO main.documents SELECT id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at FROM fresh.documents;");
        foreach (var table in new[] { "document_sources", "signatories", "sections", "paragraphs", "questions", "facts" })
        {
            await ExecuteAsync(connection, $"INSERT INTO main.{table} SELECT * FROM fresh.{table};");
        }

        await ExecuteAsync(connection, "DETACH DATABASE fresh;");
    }

    /// <summary>The store's tables, indexes and triggers by name, and the columns of its own tables.</summary>
    private static Task<string> SchemaAsync(string path) => RowsAsync(
        path,
        """
        SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name;
        SELECT m.name, p.cid, p.name, p.type, p."notnull", p.pk FROM sqlite_master m, pragma_table_info(m.name) p
        WHERE m.type = 'table' AND m.name NOT LIKE '%_fts_%' ORDER BY 1, 2;
        """);

    /// <summary>The search units (their ids aside: a store indexed again numbers its documents in another order) and the totals.</summary>
    private static Task<string> IndexAsync(string path) => RowsAsync(
        path,
        """
        SELECT document_id, unit, number, span_start, span_end, tokens FROM search_units ORDER BY document_id, unit, number, span_start;
        SELECT fts, rows, tokens FROM search_totals ORDER BY fts;
        """);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static async Task<string> RowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        do
        {
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
            }
        }
        while (await reader.NextResultAsync());

        return string.Join('\n', rows);
    }

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
