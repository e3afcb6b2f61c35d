namespace Mandaat.Store.Search;

/// <summary>A stored paragraph's index and span in the normalised text.</summary>
internal sealed record ParagraphSpan(int Number, int Start, int End);
