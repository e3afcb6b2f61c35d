namespace Mandaat.Pipeline;

/// <summary>The files the paths of an ingest name, and the folders that could not be walked, each with why.</summary>
public sealed record FoundFiles(IReadOnlyList<string> Files, IReadOnlyList<IngestFailure> Failures);
