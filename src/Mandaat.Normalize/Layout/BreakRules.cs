namespace Mandaat.Normalize.Layout;

/// <summary>
/// Decides whether a paragraph ends between two kept lines. Explicit breaks (blank lines) come from
/// the layout; without one, the shape of the lines decides: a short line ending a sentence, a
/// heading standing alone, a list item, a question number.
/// </summary>
internal static class BreakRules
{
    public static bool Breaks(string previous, string next, Gap gap, LayoutProfile profile, bool previousStartsParagraph)
    {
        if (IsStandalone(previous) || IsStandalone(next))
        {
            return true;
        }

        if (gap.HadArtefact)
        {
            return BreaksAcrossArtefact(previous, next, profile);
        }

        var explicitBreak = profile.DoubleSpaced
            ? gap.EmptyLines >= 2 || gap.WhitespaceLines >= 1
            : gap.EmptyLines + gap.WhitespaceLines >= 1;
        return explicitBreak || BreaksByShape(previous, next, profile, previousStartsParagraph);
    }

    /// <summary>
    /// A footer or running header was cut out: the text on both sides is one paragraph when the
    /// sentence runs on (no final punctuation, and a full line or a lower-case continuation).
    /// </summary>
    private static bool BreaksAcrossArtefact(string previous, string next, LayoutProfile profile) =>
        LineShape.EndsSentence(previous) || (profile.EndedByAuthor(previous, next) && !LineShape.StartsLower(next));

    private static bool BreaksByShape(string previous, string next, LayoutProfile profile, bool previousStartsParagraph)
    {
        if (LineShape.EndsSentence(previous) && profile.EndedByAuthor(previous, next))
        {
            return true;
        }

        // A question in a list of questions ends with "?" and its answer starts on the next line.
        if (LineShape.EndsQuestion(previous) && LineShape.StartsUpperOrDigit(next))
        {
            return true;
        }

        if (LayoutPatterns.ListItem().IsMatch(next) && (LineShape.EndsSentence(previous) || profile.IsShort(previous)))
        {
            return true;
        }

        // A heading: a short line on its own, without punctuation, followed by a new sentence. A
        // line ending in a function word ("op", "de") is a sentence running on, never a heading.
        return previousStartsParagraph && profile.EndedByAuthor(previous, next)
            && !LineShape.EndsWithPunctuation(previous) && !LineShape.EndsWithFunctionWord(previous)
            && LineShape.StartsUpperOrDigit(next);
    }

    private static bool IsStandalone(string line) =>
        LayoutPatterns.NumberOnly().IsMatch(line) || LayoutPatterns.Salutation().IsMatch(line)
        || LayoutPatterns.LetterAddressOrDate().IsMatch(line) || LayoutPatterns.TableRow().IsMatch(line);
}

/// <summary>
/// What lies between two consecutive kept text lines: empty lines, whitespace-only lines, removed
/// artefacts, a page turn; and whether the sentence visibly runs on across it (no final punctuation
/// before, a lower-case word after).
/// </summary>
internal readonly record struct Gap(int EmptyLines, int WhitespaceLines, bool HadArtefact, bool PageTurn, bool SentenceRunsOn);
