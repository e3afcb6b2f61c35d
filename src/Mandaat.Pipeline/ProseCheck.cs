using Mandaat.Core.Text;

namespace Mandaat.Pipeline;

/// <summary>
/// Tells whether a reader's text is prose at all before anything is made of it. Random bytes named .txt or
/// .html decode to "text" of control codes and stray symbols, one endless word has no sentence to cite, and
/// a long text without a single sentence end is no paper: each is refused with what was found, instead of
/// being stored as a letter with a garbage title. The thresholds sit far from any real paper, tables and
/// annexes included.
/// </summary>
public static class ProseCheck
{
    /// <summary>Control codes and undecodable characters above this share of the visible characters mean a binary file.</summary>
    private const double MaxNoise = 0.01;

    /// <summary>
    /// Letters below this share of the visible characters mean no language. Real papers go low: an evaluation
    /// whose contents run on dot leaders has 36% letters, so only text of numbers and signs falls below.
    /// </summary>
    private const double MinLetters = 0.2;

    /// <summary>A word longer than this is no word (a long web address is about 200).</summary>
    private const int LongWord = 200;

    /// <summary>Words of a text that must have ended a sentence somewhere.</summary>
    private const int WordsWithoutSentence = 200;

    /// <summary>Why the text is not prose, or null when it is.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long visible = 0, letters = 0, noise = 0, words = 0, inLongWords = 0, sentenceEnds = 0;
        int word = 0, longest = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                EndWord();
                continue;
            }

            visible++;
            word++;
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is '.' or '!' or '?' or ':' or ';')
            {
                sentenceEnds++;
            }
            else if (ControlCharacters.IsStray(c) || c == '\uFFFD' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                noise++;
            }
        }

        EndWord();
        if (visible == 0)
        {
            return null;
        }

        if (noise > MaxNoise * visible && noise >= 3)
        {
            return $"{Percent(noise, visible)} of its characters are control codes or undecodable bytes, as in a binary file";
        }

        if (visible >= 100 && letters < MinLetters * visible)
        {
            return $"only {Percent(letters, visible)} of its characters are letters; a document is written in words";
        }

        if (inLongWords * 2 > visible)
        {
            return $"most of its text is in words longer than {LongWord} characters (the longest has {longest}); a document is written in words";
        }

        if (words >= WordsWithoutSentence && sentenceEnds == 0)
        {
            return $"its {words} words hold no full stop, colon, question or exclamation mark; a document is written in sentences";
        }

        return null;

        void EndWord()
        {
            if (word == 0)
            {
                return;
            }

            words++;
            longest = Math.Max(longest, word);
            if (word > LongWord)
            {
                inLongWords += word;
            }

            word = 0;
        }
    }

    private static string Percent(long part, long whole) => $"{100.0 * part / whole:0.#}%";
}
