using Mandaat.Store;

namespace Mandaat.Pipeline;

/// <summary>The outcome of one ingest run: the ingest JSON shape of CLI.md.</summary>
public sealed record IngestReport(
    IReadOnlyList<DocumentSummary> Ingested,
    IReadOnlyList<DocumentSummary> Unchanged,
    IReadOnlyList<IngestFailure> Failed);
