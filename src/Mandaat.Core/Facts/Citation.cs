namespace Mandaat.Core.Facts;

/// <summary>
/// Where a fact is stated: the document, the section it falls under, and the character span in
/// the normalised text, with the source page where the format has pages. A fact without one is
/// not stored.
/// </summary>
public sealed record Citation(
    string? Document,
    int? Section,
    string? SectionHeading,
    int Paragraph,
    int Start,
    int End,
    int? Page);
