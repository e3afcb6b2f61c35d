using Mandaat.Store;
using Microsoft.Extensions.Logging;

namespace Mandaat.Pipeline;

/// <summary>
/// Ingests files and folders into a store. Each file is processed and saved on its own, in one
/// transaction: a bad file is reported with its reason and leaves nothing behind, and the good
/// files around it are still ingested. Content already stored is recognised by its hash before
/// any processing, so running ingest twice adds nothing.
/// </summary>
public sealed class IngestService(DocumentProcessor processor, IDocumentStore store, ILogger<IngestService> logger)
{
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var files = DocumentFiles.Expand(paths);
        var ingested = new List<DocumentSummary>();
        var unchanged = new List<DocumentSummary>();
        var failed = new List<IngestFailure>();

        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = files[i];
            var outcome = await IngestFileAsync(path, cancellationToken);
            switch (outcome)
            {
                case (SaveStatus.Inserted, { } summary, _):
                    ingested.Add(summary);
                    break;
                case (SaveStatus.Unchanged, { } summary, _):
                    unchanged.Add(summary);
                    break;
                case (_, _, { } error):
                    logger.LogWarning("Could not ingest {Path}: {Error}", path, error);
                    failed.Add(new IngestFailure(path, error));
                    break;
            }

            progress?.Report(new IngestProgress(i + 1, files.Count, path));
        }

        return new IngestReport(ingested, unchanged, failed);
    }

    private async Task<(SaveStatus Status, DocumentSummary? Summary, string? Error)> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        var content = FileContent.Read(path);
        if (!content.Succeeded)
        {
            return (default, null, content.Error);
        }

        var known = await store.FindByContentHashAsync(ContentHash.Of(content.Value), cancellationToken);
        if (known is not null)
        {
            return (SaveStatus.Unchanged, await SummaryAsync(known, cancellationToken), null);
        }

        var processed = processor.Process(content.Value, path);
        if (!processed.Succeeded)
        {
            return (default, null, processed.Error);
        }

        try
        {
            var saved = await store.SaveAsync(processed.Value, cancellationToken);
            return (saved.Status, await SummaryAsync(saved.Id, cancellationToken), null);
        }
        catch (StoreException ex)
        {
            // The document's transaction was rolled back; report it and go on, so a rerun completes the rest.
            return (default, null, ex.Message);
        }
    }

    private async Task<DocumentSummary?> SummaryAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync(id, cancellationToken))?.Summary;
}
