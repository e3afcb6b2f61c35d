using Mandaat.Store;
using Microsoft.Extensions.Logging;

namespace Mandaat.Pipeline;

/// <summary>Collects the outcome of each file in file order, logs failures and reports progress after each file.</summary>
internal sealed class ReportBuilder(int total, IProgress<IngestProgress>? progress, ILogger logger)
{
    private readonly List<DocumentSummary> _ingested = [];
    private readonly List<DocumentSummary> _unchanged = [];
    private readonly List<DocumentSummary> _updated = [];
    private readonly List<IngestFailure> _failed = [];
    private int _done;

    public void Add(string path, SaveStatus? status, DocumentSummary? summary, string? error)
    {
        switch (status, summary, error)
        {
            case (SaveStatus.Inserted, { } inserted, _):
                _ingested.Add(inserted);
                break;
            case (SaveStatus.Updated, { } updated, _):
                _updated.Add(updated);
                break;
            case (SaveStatus.Unchanged, { } known, _):
                _unchanged.Add(known);
                break;
            case (_, _, { } reason):
                logger.LogWarning("Could not ingest {Path}: {Error}", path, reason);
                _failed.Add(new IngestFailure(path, reason));
                break;
        }

        progress?.Report(new IngestProgress(++_done, total, path));
    }

    public IngestReport Build() => new(_ingested, _unchanged, _failed) { Updated = _updated };
}
