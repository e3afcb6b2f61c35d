namespace Mandaat.Web.Api.Schemas;

// The shapes below describe the API's answers in the OpenAPI document only; the answers themselves are the
// contract's shapes (Mandaat.Contract). A test holds each answer's properties equal to its schema's.

/// <summary>DOC of CLI.md: a stored document as listed. <c>path</c> is the file's name only, never where the server keeps it.</summary>
public sealed record DocumentSchema(string Id, string Path, string Kind, string? Dossier, string? Number, string? Session, DateOnly? Date, string Title);

/// <summary>One section of a document's section tree.</summary>
public sealed record SectionSchema(int Index, int? Parent, int Level, string Heading, string? Aspect, int Start, int End);

/// <summary>A signatory of a letter.</summary>
public sealed record SignatorySchema(string Name, string? Office);

/// <summary>A warning about a stored identification (CLI.md `show`).</summary>
public sealed record WarningSchema(string Code, string Message);

/// <summary>One stored version of a paper; <c>path</c> is the file's name only.</summary>
public sealed record VersionSchema(int Version, bool Current, string Path, string ContentHash, DateTimeOffset IngestedAt, DateTimeOffset? ReplacedAt);

/// <summary>The identification printed in the paper's own text, beside the official source's.</summary>
public sealed record OfficialTextSchema(string? Dossier, string? Number, DateOnly? Date, string? Subject);

/// <summary>What an official source said about the paper.</summary>
public sealed record OfficialSchema(
    string Source, string SourceId, string? Revision, string? Url, string? Dossier, string? Number, DateOnly? Date, string? Soort, string? Subject,
    string? Version, IReadOnlyList<string>? Ids, OfficialTextSchema? Text);

/// <summary>`show --json`: DOC with sections, facts, signatories, warnings and versions.</summary>
public sealed record DocumentDetailSchema(
    string Id, string Path, string Kind, string? Dossier, string? Number, string? Session, DateOnly? Date, string Title, string? Subject, string Format,
    IReadOnlyList<SectionSchema> Sections, IReadOnlyList<FactSchema> Facts, IReadOnlyList<SignatorySchema> Signatories, IReadOnlyList<WarningSchema> Warnings,
    int Version, IReadOnlyList<VersionSchema> Versions, OfficialSchema? Official);

/// <summary>
/// A fact in the gold format (GOLD-FORMAT.md): <c>type</c> names the fact family, <c>quote</c> the sentence it comes
/// from; each family adds its own fields (amount, count, start, …), which the schema leaves open.
/// </summary>
public sealed record FactSchema(string Type, string Quote, IReadOnlyList<string>? Missions, object? Citation);

/// <summary>The answer to an upload: DOC and whether the paper was new (<c>ingested</c>), a new version (<c>updated</c>) or already stored (<c>unchanged</c>).</summary>
public sealed record UploadSchema(string Id, string Path, string Kind, string? Dossier, string? Number, string? Session, DateOnly? Date, string Title, string Status, int? Version);
