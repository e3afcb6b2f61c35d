using Mandaat.Normalize.Lines;

namespace Mandaat.Normalize.Layout;

/// <summary>Groups the kept text lines into paragraphs, in one pass over the lines.</summary>
internal static class ParagraphGrouper
{
    public static List<List<SourceLine>> Group(IReadOnlyList<SourceLine> kept, IReadOnlyList<Gap> gaps, LayoutProfile profile)
    {
        var paragraphs = new List<List<SourceLine>>();
        List<SourceLine>? current = null;
        for (var i = 0; i < kept.Count; i++)
        {
            if (current is null || BreakRules.Breaks(kept[i - 1].Content, kept[i].Content, gaps[i - 1], profile, current.Count == 1))
            {
                current = [];
                paragraphs.Add(current);
            }

            current.Add(kept[i]);
        }

        return paragraphs;
    }

    /// <summary>The gap before each kept line but the first: what was skipped between it and the kept line before.</summary>
    public static (List<SourceLine> Kept, List<Gap> Gaps) KeptLines(IReadOnlyList<SourceLine> lines, bool[] artefact, bool[] pageTurns)
    {
        var kept = new List<SourceLine>();
        var gaps = new List<Gap>();
        int empty = 0, whitespace = 0;
        bool hadArtefact = false, seenText = false;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Empty)
            {
                empty++;
            }
            else if (line.Kind == LineKind.WhitespaceOnly)
            {
                whitespace++;
            }
            else if (artefact[line.Index])
            {
                hadArtefact = true;
            }
            else
            {
                if (seenText)
                {
                    var runsOn = !LineShape.EndsSentence(kept[^1].Content) && LineShape.StartsLower(line.Content);
                    gaps.Add(new Gap(empty, whitespace, hadArtefact, pageTurns[line.Index], runsOn));
                }

                kept.Add(line);
                seenText = true;
                empty = 0;
                whitespace = 0;
                hadArtefact = false;
            }
        }

        return (kept, gaps);
    }
}
