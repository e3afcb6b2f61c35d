using System.Threading.Channels;
using Mandaat.Core;
using Mandaat.Store;
using Microsoft.Extensions.Logging;

namespace Mandaat.Pipeline;

/// <summary>
/// Ingests files and folders into a store as a stream: the files are read, hashed, looked up and
/// processed in parallel (one worker per core), and one writer stores them in batches, each file
/// still on its own: a bad file is reported with its reason and leaves nothing behind, and the good
/// files around it are still ingested. Content already stored is recognised by its hash before
/// any processing, so running ingest twice adds nothing. The writer takes the files in the order
/// given, whatever order the workers finish in, so ids, statuses, progress and the report are the
/// same as one file after the other would give. The store is the run's, so one service serves every
/// store of a process; given a clock, it adds each stage's time to it.
/// </summary>
public sealed class IngestService(DocumentProcessor processor, ILogger<IngestService> logger, StageClock? stages = null)
{
    // Documents per write transaction at most; the writer also writes whenever it would otherwise wait,
    // so a batch is what the workers finished during the previous write.
    private const int BatchSize = 64;

    private static readonly int Workers = Math.Max(1, Environment.ProcessorCount);

    private readonly DocumentProcessor _processor = stages is null ? processor : processor.TimedBy(stages);

    public Task<IngestReport> IngestAsync(IDocumentStore store, IEnumerable<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        IngestAsync(store, paths, progress, revision: false, cancellationToken);

    /// <summary>
    /// Ingests as above; with <paramref name="revision"/> the files are revised texts of papers already stored
    /// (<see cref="ProcessedDocument.Revision"/>): each whose words differ becomes its paper's new version.
    /// </summary>
    public async Task<IngestReport> IngestAsync(IDocumentStore store, IEnumerable<string> paths, IProgress<IngestProgress>? progress, bool revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (files, unwalked) = DocumentFiles.Expand(paths);
        var report = new ReportBuilder(files.Count + unwalked.Count, progress, logger);
        foreach (var folder in unwalked)
        {
            report.Add(folder.Path, null, null, folder.Error);
        }

        var summaries = new Dictionary<string, DocumentSummary>(StringComparer.Ordinal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Bounded, so memory does not grow with the corpus; but a whole batch can wait while the writer writes
        // the one before it. With only a few places (it had one per core times four) the workers stopped whenever
        // the writer wrote, and the writer wrote batches of a few documents, a commit each (2,000 bench documents
        // took 335 commits; with room for a batch, 96 to 144).
        var queue = Channel.CreateBounded<Task<PreparedFile>>(new BoundedChannelOptions(BatchSize + Workers) { SingleReader = true, SingleWriter = true });
        var producer = ProduceAsync(store, files, revision, queue.Writer, stop.Token);
        try
        {
            var pending = new List<PreparedFile>();
            await foreach (var work in queue.Reader.ReadAllAsync(stop.Token))
            {
                pending.Add(await work);
                var documents = pending.Count(p => p.Document is not null);
                if (documents >= BatchSize || !NextIsReady(queue.Reader))
                {
                    await WriteAsync(store, pending, report, summaries, stop.Token);
                    pending.Clear();
                }
            }

            await WriteAsync(store, pending, report, summaries, stop.Token);
            await producer;
        }
        finally
        {
            // On an error or cancellation the workers still running are told to stop.
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return report.Build();
    }

    private static bool NextIsReady(ChannelReader<Task<PreparedFile>> reader) =>
        reader.TryPeek(out var next) && next.IsCompleted;

    // Starts one task per file in file order, at most one per core at a time, and queues the tasks
    // (not their results) so the writer can await them in order.
    private async Task ProduceAsync(IDocumentStore store, IReadOnlyList<string> files, bool revision, ChannelWriter<Task<PreparedFile>> queue, CancellationToken cancellationToken)
    {
        using var cores = new SemaphoreSlim(Workers);
        try
        {
            foreach (var path in files)
            {
                await cores.WaitAsync(cancellationToken);
                // Not started with the token: a started worker always runs to its finally and frees its core.
                var work = Task.Run(
                    async () =>
                    {
                        try
                        {
                            return await PrepareAsync(store, path, revision, cancellationToken);
                        }
                        finally
                        {
                            cores.Release();
                        }
                    },
                    CancellationToken.None);
                await queue.WriteAsync(work, cancellationToken);
            }

            queue.Complete();
        }
        catch (Exception ex)
        {
            queue.TryComplete(ex);
            throw;
        }
        finally
        {
            // The semaphore is disposed on leaving: first every worker still running must have released it.
            for (var i = 0; i < Workers; i++)
            {
                await cores.WaitAsync(CancellationToken.None);
            }
        }
    }

    private async Task<PreparedFile> PrepareAsync(IDocumentStore store, string path, bool revision, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = StageClock.Start();
        var content = FileContent.Read(path);
        if (!content.Succeeded)
        {
            return new PreparedFile(path, null, null, content.Error);
        }

        var hash = ContentHash.Of(content.Value);
        var known = await store.FindByContentHashAsync(hash, cancellationToken);
        stages?.Stop(IngestStage.Read, started);
        if (known is not null && !(revision && await IsKeptRenditionAsync(store, known, hash, cancellationToken)))
        {
            return new PreparedFile(path, null, await SummaryAsync(store, known, cancellationToken), null);
        }

        Outcome<ProcessedDocument> processed;
        try
        {
            processed = _processor.Process(content.Value, path);
        }
#pragma warning disable CA1031 // A stage that fails on one hostile file costs that file, never the rest of the batch.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            processed = Outcome<ProcessedDocument>.Fail($"could not be processed: {ex.Message.ReplaceLineEndings(" ").Trim()}");
        }

        return processed.Succeeded
            ? new PreparedFile(path, (revision ? processed.Value with { Revision = true } : processed.Value), null, null)
            : new PreparedFile(path, null, null, processed.Error);
    }

    // Stores the processed documents of a run of files in one batch, then records every file of the
    // run in order. Summaries of documents this run stored are remembered, so a second rendition of
    // one of them (another format, or a bench variant of the same Kamerstuk) is not read back.
    private async Task WriteAsync(IDocumentStore store, IReadOnlyList<PreparedFile> files, ReportBuilder report, Dictionary<string, DocumentSummary> summaries, CancellationToken cancellationToken)
    {
        var documents = files.Where(f => f.Document is not null).Select(f => f.Document!).ToList();
        IReadOnlyList<Outcome<SaveResult>> saved;
        try
        {
            var started = StageClock.Start();
            saved = documents.Count == 0 ? [] : await store.SaveManyAsync(documents, cancellationToken);
            stages?.Stop(IngestStage.Store, started);
        }
        catch (StoreException ex)
        {
            // The batch's transaction was rolled back; report its files and go on, so a rerun completes the rest.
            saved = documents.Select(_ => Outcome<SaveResult>.Fail(ex.Message)).ToList();
        }

        var next = 0;
        foreach (var file in files)
        {
            if (file.Document is not { } document)
            {
                report.Add(file.Path, file.Known is null ? null : SaveStatus.Unchanged, file.Known, file.Error);
                continue;
            }

            var outcome = saved[next++];
            if (!outcome.Succeeded)
            {
                report.Add(file.Path, null, null, outcome.Error);
                continue;
            }

            var (status, id) = outcome.Value;
            if (status is SaveStatus.Inserted or SaveStatus.Updated && id == document.Id)
            {
                summaries[id] = document.Summary;
            }

            var summary = summaries.TryGetValue(id, out var stored) ? stored : await SummaryAsync(store, id, cancellationToken);
            report.Add(file.Path, status, summary, null);
        }
    }

    /// <summary>Whether the stored file of this hash is not the paper's current text (a rendition kept beside it): said to be a revision, it is read again.</summary>
    private static async Task<bool> IsKeptRenditionAsync(IDocumentStore store, string id, string hash, CancellationToken cancellationToken) =>
        (await store.GetAsync(id, cancellationToken))?.Versions.FirstOrDefault(v => v.Current) is { } current
        && !string.Equals(current.ContentHash, hash, StringComparison.Ordinal);

    private static async Task<DocumentSummary?> SummaryAsync(IDocumentStore store, string id, CancellationToken cancellationToken) =>
        (await store.GetAsync(id, cancellationToken))?.Summary;
}
