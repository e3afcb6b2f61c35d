namespace Mandaat.Store;

/// <summary>One ingested rendition of a document: the SHA-256 of its bytes and the path it came from.</summary>
public sealed record DocumentSource(string ContentHash, string Path);
