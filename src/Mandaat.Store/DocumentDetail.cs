using Mandaat.Core.Documents;
using Mandaat.Core.Facts;

namespace Mandaat.Store;

/// <summary>A stored document with everything the pipeline found in it.</summary>
public sealed record DocumentDetail(
    DocumentSummary Summary,
    string Format,
    string? Subject,
    string Text,
    IReadOnlyList<StoredParagraph> Paragraphs,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Signatory> Signatories,
    IReadOnlyList<QuestionAnswer> Questions,
    IReadOnlyList<Fact> Facts)
{
    /// <summary>Which version of the paper this is (1 for the first stored).</summary>
    public int Version { get; init; } = 1;

    /// <summary>Every stored version of the paper, oldest first; the current one has no ReplacedAt.</summary>
    public IReadOnlyList<Versions.DocumentVersion> Versions { get; init; } = [];

    /// <summary>What an official source said about the paper, when it came from one.</summary>
    public OfficialRecord? Official { get; init; }
}
