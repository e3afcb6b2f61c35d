namespace Mandaat.Normalize.Lines;

/// <summary>What a physical source line holds; the difference between empty and whitespace-only lines matters for double-spaced text.</summary>
internal enum LineKind
{
    Empty,
    WhitespaceOnly,
    Text,
}
