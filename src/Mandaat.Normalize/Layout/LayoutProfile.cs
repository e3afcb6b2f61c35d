using Mandaat.Normalize.Lines;

namespace Mandaat.Normalize.Layout;

/// <summary>
/// How a document is laid out. Some extractions are "double spaced": an empty line follows every
/// line, and a real paragraph break is a whitespace-only line or several empty lines.
/// <see cref="TypicalWidth"/> is the length of a full line, to tell a paragraph's short last line.
/// </summary>
internal sealed record LayoutProfile(bool DoubleSpaced, int TypicalWidth)
{
    /// <summary>Share of gaps that must be exactly one empty line before the text counts as double spaced.</summary>
    private const double DoubleSpacedShare = 0.6;

    /// <summary>
    /// Share of those single-empty-line gaps across which a sentence visibly runs on. Ordinary text
    /// with one blank line between short paragraphs has none; double-spaced text has many.
    /// </summary>
    private const double RunOnShare = 0.2;

    /// <summary>Full lines are the long ones; the 90th percentile ignores headings and the odd overlong line.</summary>
    private const double WidthPercentile = 0.9;

    /// <summary>A line shorter than this share of a full line was ended by the author, not by wrapping.</summary>
    private const double ShortShare = 0.75;

    /// <summary>Margin for proportional fonts: character counts only approximate the printed width.</summary>
    private const double FitShare = 0.9;

    public bool IsShort(string line) => line.Length < TypicalWidth * ShortShare;

    /// <summary>
    /// Whether the line was ended by the author rather than by wrapping: it is short, or the next
    /// line's first word would still have fitted on it.
    /// </summary>
    public bool EndedByAuthor(string line, string nextLine)
    {
        if (IsShort(line))
        {
            return true;
        }

        var word = nextLine.IndexOf(' ', StringComparison.Ordinal);
        var wordLength = word < 0 ? nextLine.Length : word;
        return line.Length + 1 + wordLength <= TypicalWidth * FitShare;
    }

    public static LayoutProfile Measure(IReadOnlyList<SourceLine> lines, bool[] artefact, IReadOnlyList<Gap> gaps)
    {
        var lengths = new List<int>();
        foreach (var line in lines)
        {
            if (line.IsText && !artefact[line.Index])
            {
                lengths.Add(line.Length);
            }
        }

        lengths.Sort();
        var width = lengths.Count == 0 ? 0 : lengths[(int)((lengths.Count - 1) * WidthPercentile)];

        int single = 0, runOn = 0;
        foreach (var gap in gaps)
        {
            if (gap is { EmptyLines: 1, WhitespaceLines: 0 })
            {
                single++;
                runOn += gap.SentenceRunsOn ? 1 : 0;
            }
        }

        var doubleSpaced = gaps.Count > 0 && single >= gaps.Count * DoubleSpacedShare && runOn > single * RunOnShare;
        return new LayoutProfile(doubleSpaced, width);
    }
}
