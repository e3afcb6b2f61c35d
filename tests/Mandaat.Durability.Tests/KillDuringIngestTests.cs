using System.Diagnostics;
using Xunit.Abstractions;

namespace Mandaat.Durability.Tests;

/// <summary>
/// <c>kill -9</c> of the real ingest process at random moments of its run, on SQLite and on PostgreSQL. After each kill the store passes every integrity check; a rerun of the same
/// ingest then completes it with nothing lost and nothing doubled: the same ids, the same rows of every
/// kind and the same search answers as one uninterrupted ingest. The seed is printed; set
/// MANDAAT_DURABILITY_SEED to replay a failure.
/// </summary>
[Collection(DurabilitySuite.Name)]
public sealed class KillDuringIngestTests(DurabilityCorpus corpus, ITestOutputHelper output) : IDisposable
{
    private const int Kills = 3;

    private readonly CliWorkspace _workspace = new();
    private readonly Random _random = Seeded(output);

    [Fact]
    public async Task A_SQLite_store_killed_three_times_during_ingest_stays_whole_and_a_rerun_completes_it_exactly()
    {
        var database = _workspace.Database;
        await KillRepeatedlyAsync(database, () => StoreChecks.SqliteAsync(database));

        var rows = await RerunAsync(database, () => StoreChecks.SqliteAsync(database));

        Assert.Equal(corpus.Counts, rows);
        foreach (var (query, hits) in corpus.Hits)
        {
            Assert.Equal(hits, _workspace.Run("search", query, "--json").Stdout);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_store_killed_three_times_during_ingest_stays_whole_and_a_rerun_completes_it_exactly()
    {
        using var postgres = PostgresTestDatabase.Create();
        await KillRepeatedlyAsync(postgres.Uri, () => PostgresChecksAsync(postgres));

        var rows = await RerunAsync(postgres.Uri, () => StoreChecks.PostgresAsync(postgres.ConnectionString));

        Assert.Equal(corpus.Counts, rows);
        // Ranking differs a little between the engines, so the answers are compared with one uninterrupted ingest on PostgreSQL.
        using var reference = PostgresTestDatabase.Create();
        Assert.Equal(0, _workspace.Run("--db", reference.Uri, "ingest", RepoPaths.Samples, DurabilityCorpus.RealWorld).ExitCode);
        foreach (var query in DurabilityCorpus.Queries)
        {
            Assert.Equal(_workspace.Run("--db", reference.Uri, "search", query, "--json").Stdout, _workspace.Run("--db", postgres.Uri, "search", query, "--json").Stdout);
        }
    }

    public void Dispose() => _workspace.Dispose();

    // Kills at a random moment of the run (from the process's start: runtime start, migration, reading, processing,
    // a batch's write or commit), the first within the time a whole ingest takes here so it always falls inside
    // the run; the later ones have less left to do and may come after their run ended, which is logged and checked all the same.
    private async Task KillRepeatedlyAsync(string database, Func<Task<StoredRows>> check)
    {
        var stored = 0L;
        var hits = 0;
        for (var kill = 1; kill <= Kills; kill++)
        {
            var at = TimeSpan.FromMilliseconds(300 + (_random.NextDouble() * 0.8 * corpus.Duration.TotalMilliseconds));
            using var ingest = new IngestProcess(_workspace.Folder, database, DurabilityCorpus.Paths);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < at && !ingest.HasExited)
            {
                await Task.Delay(10);
            }

            var running = !ingest.HasExited;
            if (running)
            {
                ingest.KillHard();
                hits++;
            }

            var run = await ingest.WaitAsync();
            var rows = await check();
            output.WriteLine($"kill {kill} at {at.TotalSeconds:0.00} s of {corpus.Duration.TotalSeconds:0.0} s: {(running ? "killed" : $"had ended (exit {run.ExitCode})")}; {rows}");
            Assert.True(running || run.ExitCode == 0, $"kill {kill}: the ingest failed on its own: {run.Stderr}");
            Assert.True(rows.Documents >= stored, $"kill {kill}: documents went from {stored} to {rows.Documents}");
            stored = rows.Documents;
        }

        Assert.True(hits > 0, "no kill fell inside a run: the runs ended before every kill point");
    }

    private async Task<StoredRows> RerunAsync(string database, Func<Task<StoredRows>> check)
    {
        var before = DurabilityCorpus.StoreIds(_workspace, database);
        using var rerun = new IngestProcess(_workspace.Folder, database, DurabilityCorpus.Paths);
        var run = await rerun.WaitAsync();

        Assert.True(run.ExitCode == 0, run.Stderr);
        var ingested = run.Json.GetProperty("ingested").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        Assert.Equal(corpus.Files, DurabilityCorpus.Accounted(run.Json));
        Assert.Empty(ingested.Intersect(before));
        var ids = DurabilityCorpus.StoreIds(_workspace, database);
        Assert.True(corpus.Ids.SequenceEqual(ids), $"lost: {string.Join(", ", corpus.Ids.Except(ids))}; not in the reference: {string.Join(", ", ids.Except(corpus.Ids))}");
        return await check();
    }

    // A kill before the first migration leaves an empty database: no tables to check yet.
    private static async Task<StoredRows> PostgresChecksAsync(PostgresTestDatabase database) =>
        await database.ScalarAsync<bool>("SELECT to_regclass('documents') IS NOT NULL;")
            ? await StoreChecks.PostgresAsync(database.ConnectionString)
            : StoreChecks.Empty;

    private static Random Seeded(ITestOutputHelper output)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MANDAAT_DURABILITY_SEED"), out var given) ? given : Random.Shared.Next();
        output.WriteLine($"MANDAAT_DURABILITY_SEED={seed}");
        return new Random(seed);
    }
}
