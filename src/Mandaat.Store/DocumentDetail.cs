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
    IReadOnlyList<Fact> Facts);
