using Mandaat.Core.Documents;

namespace Mandaat.Store.Listing;

/// <summary>
/// Which documents a list shows; null means any. <see cref="Year"/> bounds the document's date to one year;
/// <see cref="Title"/> is a case-insensitive part of the title; <see cref="Within"/> keeps only these ids (the
/// web layer's mission filter: the register knows a mission's documents, the store does not).
/// </summary>
public sealed record DocumentQuery(
    DocumentKind? Kind = null,
    string? Dossier = null,
    int? Year = null,
    string? Title = null,
    IReadOnlySet<string>? Within = null,
    DocumentOrder Order = DocumentOrder.Newest)
{
    public static DocumentQuery All { get; } = new();

    public bool Accepts(DocumentSummary document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (Kind is null || document.Kind == Kind)
            && (Dossier is null || string.Equals(document.Dossier, Dossier, StringComparison.OrdinalIgnoreCase))
            && (Year is null || document.Date?.Year == Year)
            && (string.IsNullOrWhiteSpace(Title) || document.Title.Contains(Title.Trim(), StringComparison.OrdinalIgnoreCase))
            && (Within is null || Within.Contains(document.Id));
    }
}

/// <summary>The order of a document list; undated documents last in both, ties by id.</summary>
public enum DocumentOrder
{
    Newest,
    Oldest,
}
