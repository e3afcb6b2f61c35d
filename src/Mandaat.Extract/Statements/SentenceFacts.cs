using System.Text.RegularExpressions;
using Mandaat.Core.Text;

namespace Mandaat.Extract.Statements;

/// <summary>
/// Finds the sentences that hold a trigger phrase, each sentence once, in text order. Statement facts
/// (legal basis, commitments) are whole sentences: the citation is the sentence a reader checks.
/// </summary>
public static class SentenceFacts
{
    public static IEnumerable<TextSpan> SentencesMatching(NormalizedText text, Regex trigger)
    {
        var lastEnd = -1;
        foreach (Match match in trigger.Matches(text.Text))
        {
            if (match.Index < lastEnd)
            {
                continue;
            }

            var sentence = Sentences.Around(text, match.Index);
            lastEnd = sentence.End;
            yield return sentence;
        }
    }

    /// <summary>Questions of a question list restate what parliament asks; they state no fact of the government.</summary>
    public static bool IsQuestion(NormalizedText text, TextSpan sentence) =>
        sentence.Length > 0 && text.Text[sentence.End - 1] == '?';
}
