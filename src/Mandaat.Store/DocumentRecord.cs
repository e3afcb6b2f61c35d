using Mandaat.Core.Documents;

namespace Mandaat.Store;

/// <summary>
/// Everything a store holds about one document, row for row: what <c>mandaat copy</c> moves between
/// backends. Unlike <see cref="ProcessedDocument"/> it keeps what only the store knows (every rendition's
/// content hash, the ingest time, the paragraphs' pages, the facts' stored JSON), so a copy loses nothing.
/// The search index is not part of it: each backend builds its own from the text.
/// </summary>
public sealed record DocumentRecord(
    string Id,
    string ContentHash,
    string Path,
    string Format,
    string Kind,
    string? Dossier,
    string? Number,
    string? Session,
    DateOnly? Date,
    string? Subject,
    string Title,
    string Text,
    DateTimeOffset IngestedAt,
    IReadOnlyList<DocumentSource> Sources,
    IReadOnlyList<Signatory> Signatories,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<StoredParagraph> Paragraphs,
    IReadOnlyList<QuestionAnswer> Questions,
    IReadOnlyList<StoredFact> Facts);
