using Mandaat.Store;

namespace Mandaat.Pipeline;

/// <summary>The outcome of one ingest run: the ingest JSON shape of CLI.md.</summary>
public sealed record IngestReport(
    IReadOnlyList<DocumentSummary> Ingested,
    IReadOnlyList<DocumentSummary> Unchanged,
    IReadOnlyList<IngestFailure> Failed)
{
    /// <summary>Papers stored before whose text changed: each file became the paper's new current version.</summary>
    public IReadOnlyList<DocumentSummary> Updated { get; init; } = [];
}
