using Mandaat.Store;

namespace Mandaat.Pipeline;

/// <summary>
/// A file after the parallel stage of ingest: processed and ready to store, already stored (its
/// summary), or failed (the reason). Exactly one of the three is set.
/// </summary>
internal sealed record PreparedFile(string Path, ProcessedDocument? Document, DocumentSummary? Known, string? Error);
