using System.Diagnostics;
using Mandaat.Hosting;
using Mandaat.Store;
using Microsoft.Data.Sqlite;

namespace Mandaat.Cli.Tests;

/// <summary>
/// <c>backup --to FILE</c> through the real CLI: the backup is the store (same documents, same search results,
/// same checksum) and restores by copying the file back; it is taken while another process ingests; it never
/// replaces a file unasked; a PostgreSQL store is pointed to pg_dump.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private static readonly string[] Queries = ["Erbil", "\"force protection\"", "militair*", "KDC-10 -Jordanië", "vraag:militairen"];

    private readonly CliWorkspace _workspace = new();

    public BackupTests()
    {
        var ingest = _workspace.Run("ingest", RepoPaths.Samples);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
    }

    private string Backup => Path.Combine(_workspace.Folder, "backup.db");

    [Fact]
    public async Task A_restored_backup_holds_the_same_documents_search_results_and_checksum_as_the_store()
    {
        var run = _workspace.Run("backup", "--to", Backup, "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(await ChecksumAsync(_workspace.Database), run.Json.GetProperty("checksum").GetString());
        Assert.Equal(5, run.Json.GetProperty("documents").GetInt32());
        Assert.Equal(new FileInfo(Backup).Length, run.Json.GetProperty("bytes").GetInt64());
        Assert.False(File.Exists(Backup + "-wal"), "a backup is one file");
        Assert.Equal("delete", Pragma(Backup, "journal_mode"));

        // Restore: the backup takes the store's place while nothing runs on it.
        var list = _workspace.Run("list", "--json").Stdout;
        var hits = Queries.Select(q => _workspace.Run("search", q, "--json").Stdout).ToList();
        File.Delete(_workspace.Database);
        File.Copy(Backup, _workspace.Database);

        Assert.Equal(list, _workspace.Run("list", "--json").Stdout);
        Assert.Equal(hits, Queries.Select(q => _workspace.Run("search", q, "--json").Stdout).ToList());
        Assert.Equal("ok", Pragma(_workspace.Database, "integrity_check"));
    }

    [Fact]
    public void An_existing_file_is_replaced_only_with_force()
    {
        File.WriteAllText(Backup, "last week's backup");

        var refused = _workspace.Run("backup", "--to", Backup);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("last week's backup", File.ReadAllText(Backup));

        var forced = _workspace.Run("backup", "--to", Backup, "--force");

        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Equal("ok", Pragma(Backup, "integrity_check"));
        Assert.Empty(Directory.GetFiles(_workspace.Folder, "*.partial*"));
    }

    [Fact]
    public void Backing_up_the_store_onto_itself_or_a_missing_store_or_PostgreSQL_is_a_usage_error()
    {
        var itself = _workspace.Run("backup", "--to", _workspace.Database, "--force");
        var missing = _workspace.Run("--db", Path.Combine(_workspace.Folder, "nosuch.db"), "backup", "--to", Backup);
        var postgres = _workspace.Run("--db", "Host=127.0.0.1;Port=1;Database=x;Username=x", "backup", "--to", Backup);

        Assert.Equal(2, itself.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.False(File.Exists(Path.Combine(_workspace.Folder, "nosuch.db")));
        Assert.Equal(2, postgres.ExitCode);
        Assert.Contains("pg_dump", postgres.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Backup));
    }

    [Fact]
    public async Task Backups_taken_while_another_process_ingests_are_whole_stores_of_one_moment()
    {
        var realworld = Path.Combine(RepoPaths.Root, "tests", "data", "realworld");
        var ingest = Task.Run(() => _workspace.Run("ingest", realworld, "--json"));
        var backups = new List<(CliRun Run, string File, bool DuringIngest)>();
        for (var i = 0; !ingest.IsCompleted || i < 1; i++)
        {
            var file = Path.Combine(_workspace.Folder, $"during-{i}.db");
            var run = _workspace.Run("backup", "--to", file, "--json");
            backups.Add((run, file, !ingest.IsCompleted));
        }

        var ingested = await ingest;
        Assert.True(ingested.ExitCode is 0 or 1, ingested.Stderr);
        Assert.Contains(backups, b => b.DuringIngest);
        var final = _workspace.Run("list", "--json").Json.GetArrayLength();
        foreach (var (run, file, _) in backups)
        {
            Assert.True(run.ExitCode == 0, run.Stderr);
            var documents = run.Json.GetProperty("documents").GetInt32();
            Assert.InRange(documents, 5, final);
            Assert.Equal("ok", Pragma(file, "integrity_check"));
            // The backup read back as a store: its own list and search agree with the count it reported.
            Assert.Equal(documents, _workspace.Run("--db", file, "list", "--json").Json.GetArrayLength());
            Assert.Equal(0, _workspace.Run("--db", file, "search", "Erbil", "--json").ExitCode);
            Assert.Equal(run.Json.GetProperty("checksum").GetString(), await ChecksumAsync(file));
        }
    }

    public void Dispose() => _workspace.Dispose();

    private static async Task<string> ChecksumAsync(string database)
    {
        await using var store = await StoreLocation.Parse(database).Value.OpenAsync(CancellationToken.None);
        return (await StoreChecksum.ComputeAsync(store, CancellationToken.None)).Checksum;
    }

    private static string Pragma(string database, string pragma)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
