namespace Mandaat.Store;

/// <summary>A paragraph of the normalised text with its source page, the unit that search indexes.</summary>
public sealed record StoredParagraph(int Index, int Start, int End, int? Page);
