using Mandaat.Core.Text;

namespace Mandaat.Segment.Questions;

/// <summary>A paragraph of the normalised text with its span.</summary>
internal readonly record struct Paragraph(string Text, TextSpan Span)
{
    public bool EndsQuestion => Text.Length > 0 && Text[^1] == '?';
}
