namespace Mandaat.Durability.Tests;

/// <summary>
/// The documents every durability test ingests (the samples and the real-world set: 141 files, some of them
/// the same paper twice) and what one uninterrupted ingest of them stores: the reference a store must equal
/// after a crash and a rerun. Computed once for the whole suite.
/// </summary>
public sealed class DurabilityCorpus : IDisposable
{
    public static readonly string[] Queries = ["Erbil", "\"force protection\"", "militair*", "Mali OR Afghanistan", "vraag:militairen"];

    private readonly CliWorkspace _workspace = new();

    public DurabilityCorpus()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = _workspace.Run("ingest", RepoPaths.Samples, RealWorld, "--json");
        Duration = clock.Elapsed;
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("the reference ingest failed: " + run.Stderr);
        }

        Files = Accounted(run.Json);
        Ids = StoreIds(_workspace);
        Counts = StoreChecks.SqliteCountsAsync(_workspace.Database).GetAwaiter().GetResult();
        Hits = Queries.ToDictionary(q => q, q => _workspace.Run("search", q, "--json").Stdout);
    }

    public static string RealWorld => Path.Combine(RepoPaths.Root, "tests", "data", "realworld");

    public static IReadOnlyList<string> Paths => [RepoPaths.Samples, RealWorld];

    /// <summary>How long the reference ingest took, process start to exit, on this machine under its load now.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Files an ingest report accounts for: each is ingested, stored as a paper's new version (updated) or found unchanged.</summary>
    public static int Accounted(System.Text.Json.JsonElement report) =>
        report.GetProperty("ingested").GetArrayLength() + report.GetProperty("updated").GetArrayLength() + report.GetProperty("unchanged").GetArrayLength();

    /// <summary>Files the corpus holds (each is ingested, updated or found unchanged).</summary>
    public int Files { get; }

    public IReadOnlyList<string> Ids { get; }

    public StoredRows Counts { get; }

    /// <summary>Each query's <c>search --json</c> output on the reference store.</summary>
    public IReadOnlyDictionary<string, string> Hits { get; }

    internal static IReadOnlyList<string> StoreIds(CliWorkspace workspace, string? database = null)
    {
        var list = database is null ? workspace.Run("list", "--json") : workspace.Run("--db", database, "list", "--json");
        Assert.True(list.ExitCode == 0, list.Stderr);
        return list.Json.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => _workspace.Dispose();
}
