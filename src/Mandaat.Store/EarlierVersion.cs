namespace Mandaat.Store;

/// <summary>An earlier version of a document as stored (document_versions): what <c>copy</c> carries beside the current one.</summary>
/// <param name="Record">The version's rows as the JSON of a <see cref="DocumentRecord"/>, copied as it is.</param>
public sealed record EarlierVersion(int Version, string ContentHash, string Path, DateTimeOffset IngestedAt, DateTimeOffset ReplacedAt, string Record);
