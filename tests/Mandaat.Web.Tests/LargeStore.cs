using System.Diagnostics;
using Mandaat.Corpus;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mandaat.Web.Tests;

/// <summary>
/// A temporary SQLite store of exactly <see cref="Documents"/> papers (issue 24: the pages on a store of 2,000): the
/// samples and the letter citing one of them (so the reader's path of the sample store exists here too), and papers
/// composed from the real record as the bench composes its corpus (tools/Mandaat.Corpus), ingested through the real
/// pipeline. Composed papers are short (<see cref="MedianParagraphs"/>) so that making it costs about a minute.
/// </summary>
public sealed class LargeStore : IDisposable
{
    public const int Documents = 2_000;

    /// <summary>Paragraphs after a composed paper's head (the bench's are 60): what is paged here is papers, not text.</summary>
    public const int MedianParagraphs = 6;

    public string Folder { get; } = Directory.CreateTempSubdirectory("mandaat-web-2000-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "mandaat.db");

    /// <summary>How long composing and ingesting took, for the record (never asserted: speed is the bench's).</summary>
    public TimeSpan MakingTook { get; }

    public LargeStore()
    {
        var clock = Stopwatch.StartNew();
        var citing = System.IO.Path.Combine(Folder, "verwijzing.txt");
        File.WriteAllText(citing, SampleStore.CitingLetter);
        // A few more than needed: two composed heads can still identify as one paper (docs/BENCHMARKS.md), which ingest
        // answers "unchanged"; the same seed writes the same first papers whatever the count.
        var corpus = RecordCorpus.Compose(RecordSources.Find(RepoPaths.Samples), Documents + 100, Folder, medianParagraphs: MedianParagraphs);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var store = new SqliteDocumentStore(Path);
        try
        {
            store.MigrateAsync(default).GetAwaiter().GetResult();
            var ingest = new IngestService(DefaultPipeline.CreateProcessor(MissionCatalog.Load()), NullLogger<IngestService>.Instance);
            Ingest(ingest, store, [RepoPaths.Samples, citing], stored);
            var next = 0;
            while (stored.Count < Documents)
            {
                var batch = corpus.Files.Skip(next).Take(Documents - stored.Count).ToList();
                if (batch.Count == 0)
                {
                    throw new InvalidOperationException($"the composed corpus gave {stored.Count} distinct papers, not {Documents}");
                }

                Ingest(ingest, store, batch, stored);
                next += batch.Count;
            }
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        Directory.Delete(corpus.Folder, recursive: true);
        MakingTook = clock.Elapsed;
    }

    private static void Ingest(IngestService ingest, SqliteDocumentStore store, IReadOnlyList<string> paths, HashSet<string> stored)
    {
        var report = ingest.IngestAsync(store, paths, null, default).GetAwaiter().GetResult();
        if (report.Failed.Count > 0)
        {
            throw new InvalidOperationException("ingest failed: " + string.Join("; ", report.Failed.Select(f => f.Path + ": " + f.Error)));
        }

        stored.UnionWith(report.Ingested.Select(d => d.Id));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
