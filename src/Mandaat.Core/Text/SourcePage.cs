namespace Mandaat.Core.Text;

/// <summary>One page of a source document: its printed number (1-based) and its range in the source text.</summary>
public sealed record SourcePage(int Number, TextSpan Span);
