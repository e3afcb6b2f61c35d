using Mandaat.Testing;

namespace Mandaat.Cli.Tests;

/// <summary>The real CLI process on PostgreSQL: ingest and search agree with SQLite, copy round-trips, faults exit 1 with one clear line.</summary>
public sealed class PostgresCliTests : IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void Ingest_and_search_on_PostgreSQL_find_the_same_documents_as_on_SQLite()
    {
        var postgres = _workspace.Run("--db", _database.Uri, "ingest", RepoPaths.Samples, "--json");
        var sqlite = _workspace.Run("ingest", RepoPaths.Samples, "--json");

        Assert.True(postgres.ExitCode == 0, postgres.Stderr);
        Assert.Equal(Ids(sqlite, "ingested"), Ids(postgres, "ingested"));
        Assert.Equal(5, Ids(postgres, "ingested").Count);
        Assert.Equal(5, Ids(_workspace.Run("--db", _database.Uri, "ingest", RepoPaths.Samples, "--json"), "unchanged").Count);

        foreach (var query in new[] { "KDC-10", "Erbil", "burgerslachtoffers", "\"force protection\"", "militair*", "Erbil -Jordanië", "vraag:militairen", "EUAM kind:voortgangsrapportage" })
        {
            var onPostgres = _workspace.Run("--db", _database.Uri, "search", query, "--json");
            var onSqlite = _workspace.Run("search", query, "--json");
            Assert.True(onPostgres.ExitCode == 0, onPostgres.Stderr);
            Assert.Equal(HitIds(onSqlite).Order(), HitIds(onPostgres).Order());
        }

        Assert.Equal(HitIds(_workspace.Run("search", "KDC-10", "--json")), HitIds(_workspace.Run("--db", _database.Uri, "search", "KDC-10", "--json")));
    }

    [Fact]
    public void Copy_moves_the_samples_from_SQLite_to_PostgreSQL_and_back_with_equal_counts_and_checksums()
    {
        Assert.Equal(0, _workspace.Run("ingest", RepoPaths.Samples).ExitCode);
        var back = Path.Combine(_workspace.Folder, "back.db");

        var there = _workspace.Run("copy", "--from", _workspace.Database, "--to", _database.Uri, "--json");
        var home = _workspace.Run("copy", "--from", _database.Uri, "--to", back, "--json");

        Assert.True(there.ExitCode == 0, there.Stderr);
        Assert.True(home.ExitCode == 0, home.Stderr);
        Assert.Equal(5, there.Json.GetProperty("copied").GetInt32());
        Assert.True(home.Json.GetProperty("equal").GetBoolean());
        Assert.Equal(there.Json.GetProperty("source").GetRawText(), home.Json.GetProperty("target").GetRawText());
        Assert.True(there.Json.GetProperty("source").GetProperty("commitments").GetInt32() > 0);
        Assert.Equal(_workspace.Run("list", "--json").Stdout, _workspace.Run("--db", back, "list", "--json").Stdout);
    }

    [Fact]
    public async Task Two_ingest_processes_on_overlapping_folders_store_each_document_once()
    {
        var samples = Directory.GetFiles(RepoPaths.Samples).Order(StringComparer.Ordinal).ToList();
        var names = samples.Select(Path.GetFileNameWithoutExtension).Distinct().Order(StringComparer.Ordinal).ToList();
        var first = Folder("first", samples, names[..4]);
        var second = Folder("second", samples, names[1..]);

        var runs = await Task.WhenAll(
            Task.Run(() => _workspace.Run("--db", _database.Uri, "ingest", first, "--json")),
            Task.Run(() => _workspace.Run("--db", _database.Uri, "ingest", second, "--json")));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
        Assert.Equal(5, _workspace.Run("--db", _database.Uri, "list", "--json").Json.GetArrayLength());
        Assert.Equal(5, runs.Sum(r => r.Json.GetProperty("ingested").GetArrayLength()));
    }

    [Fact]
    public void A_server_that_is_not_running_exits_1_with_one_clear_line()
    {
        var run = _workspace.Run("--db", "postgres://postgres@127.0.0.1:1/mandaat", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: cannot connect to PostgreSQL at 127.0.0.1:1/mandaat", run.Stderr.Trim());
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    /// <summary>A folder with the sample files whose names are given (a sample's .txt and its .jsonl travel together).</summary>
    private string Folder(string name, List<string> samples, List<string?> stems)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_workspace.Folder, name)).FullName;
        foreach (var file in samples.Where(f => stems.Contains(Path.GetFileNameWithoutExtension(f)) && f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static List<string> Ids(CliRun run, string list) =>
        run.Json.GetProperty(list).EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static List<string> HitIds(CliRun run) =>
        run.Json.EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();

    public void Dispose()
    {
        _workspace.Dispose();
        _database.Dispose();
    }
}
