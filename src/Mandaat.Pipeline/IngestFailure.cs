namespace Mandaat.Pipeline;

/// <summary>A file that could not be ingested, and why; the store holds nothing of it.</summary>
public sealed record IngestFailure(string Path, string Error);
