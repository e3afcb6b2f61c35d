using Mandaat.Core.Documents;

namespace Mandaat.Store;

/// <summary>A document as listed: the DOC shape of CLI.md.</summary>
public sealed record DocumentSummary(
    string Id,
    string Path,
    DocumentKind Kind,
    string? Dossier,
    string? Number,
    string? Session,
    DateOnly? Date,
    string Title);

/// <summary>Filters for listing documents; null means any.</summary>
public sealed record DocumentFilter(DocumentKind? Kind = null, string? Dossier = null)
{
    public static DocumentFilter None { get; } = new();
}
