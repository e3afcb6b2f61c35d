namespace Mandaat.Core.Text;

/// <summary>
/// Clean text (artefacts removed, hyphenation joined, paragraphs reflowed and separated by a blank
/// line) with its paragraphs and the map back to the source. Every citation's span is in this text.
/// </summary>
public sealed record NormalizedText(string Text, IReadOnlyList<TextSpan> Paragraphs, OffsetMap Map, SourceText Source)
{
    /// <summary>The source page of a normalised offset, where the format has pages.</summary>
    public int? PageAt(int normalizedOffset) => Source.PageAt(Map.ToSource(normalizedOffset));

    /// <summary>The index of the paragraph that holds an offset, or -1.</summary>
    public int ParagraphAt(int normalizedOffset)
    {
        int lo = 0, hi = Paragraphs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var p = Paragraphs[mid];
            if (normalizedOffset < p.Start)
            {
                hi = mid - 1;
            }
            else if (normalizedOffset >= p.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
