using Mandaat.Core.Documents;
using Mandaat.Core.Facts;

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
    DocumentKind Kind,
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
    IReadOnlyList<StoredFact> Facts)
{
    /// <summary>The version this is: 1 for the first stored, one more for each new text of the same paper.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The official source's metadata as JSON (an <see cref="OfficialRecord"/>), or null for a file ingested by hand.</summary>
    public string? Official { get; init; }

    /// <summary>The document's earlier versions, filled by a store's export alone (copy carries them), empty elsewhere.</summary>
    public IReadOnlyList<EarlierVersion> Earlier { get; init; } = [];

    /// <summary>Which revision of which source's paper this is, filled by a store's export alone, empty elsewhere.</summary>
    public IReadOnlyList<OfficialSource> OfficialSources { get; init; } = [];

    // Methods rather than properties: the record's properties are what copy moves and StoreChecksum hashes.

    /// <summary>The document as lists show it.</summary>
    public DocumentSummary ToSummary() => new(Id, Path, Kind, Dossier, Number, Session, Date, Title);

    /// <summary>The document as <c>show</c> shows it, its facts read back from their stored JSON.</summary>
    public DocumentDetail ToDetail() =>
        new(ToSummary(), Format, Subject, Text, Paragraphs, Sections, Signatories, Questions, [.. Facts.Select(f => StoredFact.FactOf(f.Body))])
        {
            Version = Version,
            Official = Versions.StoredJson.Official(Official),
        };
}

/// <summary>One ingested rendition of a document: the SHA-256 of its bytes and the path it came from.</summary>
public sealed record DocumentSource(string ContentHash, string Path);

/// <summary>A paragraph of the normalised text with its source page, the unit that search indexes.</summary>
public sealed record StoredParagraph(int Index, int Start, int End, int? Page);

/// <summary>A fact as stored: its type, quote and citation span for queries, and its full JSON (FactJson) as written.</summary>
public sealed record StoredFact(FactType Type, string Quote, int Start, int End, int? Page, string Body)
{
    /// <summary>The fact a stored JSON body was written from.</summary>
    public static Fact FactOf(string body) =>
        FactJson.Deserialize(body) ?? throw new StoreException("a stored fact could not be read; the database may be damaged");
}
