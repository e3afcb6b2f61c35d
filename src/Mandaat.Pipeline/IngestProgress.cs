namespace Mandaat.Pipeline;

/// <summary>Reported after each file so an interface can show progress.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Path);
