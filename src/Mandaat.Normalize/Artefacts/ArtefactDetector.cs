using Mandaat.Normalize.Layout;
using Mandaat.Normalize.Lines;

namespace Mandaat.Normalize.Artefacts;

/// <summary>
/// Marks the lines that are print artefacts rather than text: page footers, publication codes,
/// page numbers and the letterhead block that ministry letters repeat at the top of later pages.
/// </summary>
internal static class ArtefactDetector
{
    public static bool[] Find(IReadOnlyList<SourceLine> lines, bool[] pageTurns)
    {
        var artefact = new bool[lines.Count];
        MarkFootersAndHeaders(lines, pageTurns, artefact);
        MarkPageNumbers(lines, artefact);
        return artefact;
    }

    private static void MarkFootersAndHeaders(IReadOnlyList<SourceLine> lines, bool[] pageTurns, bool[] artefact)
    {
        // The letterhead on the first page (Datum, Kenmerk) belongs to the letter and must stay for
        // identification; the same labels after a page turn are running headers.
        var pastFirstPage = false;
        foreach (var line in lines)
        {
            if (!line.IsText || artefact[line.Index])
            {
                continue;
            }

            pastFirstPage |= pageTurns[line.Index];
            var text = line.Content;
            if (ArtefactPatterns.Footer().IsMatch(text) || ArtefactPatterns.PublicationCode().IsMatch(text)
                || ArtefactPatterns.DecoratedPageNumber().IsMatch(text))
            {
                artefact[line.Index] = true;
                pastFirstPage = true;
                continue;
            }

            if (!pastFirstPage)
            {
                continue;
            }

            if (ArtefactPatterns.HeaderLabel().IsMatch(text))
            {
                artefact[line.Index] = true;
                var value = NextText(lines, line.Index);
                if (value >= 0 && IsHeaderValue(lines[value].Content))
                {
                    artefact[value] = true;
                }
            }
            else if (ArtefactPatterns.HeaderLabelWithValue().Match(text) is { Success: true } match
                && IsHeaderValue(match.Groups["value"].Value.Trim()))
            {
                artefact[line.Index] = true;
            }
        }
    }

    /// <summary>
    /// A bare number is a page number when it sits next to another artefact or cuts a sentence in two.
    /// Otherwise it stays: lists of questions print each question's number on a line of its own.
    /// </summary>
    private static void MarkPageNumbers(IReadOnlyList<SourceLine> lines, bool[] artefact)
    {
        foreach (var line in lines)
        {
            if (!line.IsText || artefact[line.Index] || !ArtefactPatterns.BareNumber().IsMatch(line.Content))
            {
                continue;
            }

            var previous = PreviousText(lines, line.Index);
            var next = NextText(lines, line.Index);
            var besideArtefact = (previous >= 0 && artefact[previous]) || (next >= 0 && artefact[next]);
            var before = PreviousContent(lines, artefact, line.Index);
            var after = NextContent(lines, artefact, line.Index);
            var cutsSentence = before is not null && after is not null
                && !LineShape.EndsSentence(before) && LineShape.StartsLower(after);
            artefact[line.Index] = besideArtefact || cutsSentence;
        }
    }

    private static bool IsHeaderValue(string value) =>
        ArtefactPatterns.ReferenceCode().IsMatch(value) || ArtefactPatterns.FullDate().IsMatch(value);

    private static int NextText(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].IsText)
            {
                return i;
            }
        }

        return -1;
    }

    private static int PreviousText(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].IsText)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? NextContent(IReadOnlyList<SourceLine> lines, bool[] artefact, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].IsText && !artefact[i])
            {
                return lines[i].Content;
            }
        }

        return null;
    }

    private static string? PreviousContent(IReadOnlyList<SourceLine> lines, bool[] artefact, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].IsText && !artefact[i])
            {
                return lines[i].Content;
            }
        }

        return null;
    }
}
