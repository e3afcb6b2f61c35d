using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Statements;

/// <summary>
/// Commitments to parliament: a toezegging the text reports as made or fulfilled ("Zoals toegezegd
/// tijdens het AO van …", "De eerste toezegging betreft …"), and every explicit promise to inform,
/// brief or report to parliament ("Uw Kamer zal … worden geïnformeerd", "zal het kabinet de Kamer
/// hierover informeren"). Requests from parliament and this letter's own "informeren wij u" are not.
/// </summary>
public sealed partial class CommitmentExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var sentence in SentenceFacts.SentencesMatching(text, Trigger()))
        {
            var value = sentence.Slice(text.Text);
            if (SentenceFacts.IsQuestion(text, sentence) || !IsCommitment(value))
            {
                continue;
            }

            yield return new CommitmentFact(CommitmentDate.Find(value, context.Identity.Date))
            {
                Quote = CitationBuilder.Quote(text.Text, sentence),
                Citation = CitationBuilder.Cite(context, sentence),
            };
        }
    }

    private static bool IsCommitment(string sentence)
    {
        if (Reported().IsMatch(sentence))
        {
            // Others' promises ("De Europese Commissie heeft toegezegd …") are not commitments to parliament.
            return !Overview().IsMatch(sentence) && (ToezeggingNoun().IsMatch(sentence) || Parliament().IsMatch(sentence) || Debate().IsMatch(sentence));
        }

        return FutureOrStanding().IsMatch(sentence)
            && (Parliament().IsMatch(sentence) || Report().IsMatch(sentence))
            && !ThisLetter().IsMatch(sentence);
    }

    // Anything that may start a commitment sentence; the sentence is then checked as a whole.
    [GeneratedRegex(
        @"\b(?:toezegging(?:en)?|toegezegd|toezeggen|ge[iï]nformeerd|informeren|op\s+de\s+hoogte|gerapporteerd|rapporteren|(?:Kamer|u)\s+(?:\w+\s+){0,6}?delen|briefing|toegezonden|toezenden|toesturen|ingelicht)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();

    // Reported ("toegezegd", "de toezegging") or made on the spot in a debate ("Ik wil … toezeggen", "zeg ik toe").
    [GeneratedRegex(@"\b(?:toezegging|toegezegd|toezeggen|zeg\s+(?:ik\s+)?(?:\w+\s+){0,3}?toe\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    // "ingaan op de uitvoering van drie toezeggingen": an overview of what follows, not one commitment.
    [GeneratedRegex(@"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|enkele|een\s+aantal)\s+toezeggingen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Overview();

    [GeneratedRegex(@"\b(?:zal|zullen|zult|wordt|worden|blijft|houden|houdt|te\s+(?:informeren|delen))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureOrStanding();

    // Parliament, or one of its members addressed in a debate ("de heer Wörsdörfer", "mevrouw Karabulut").
    [GeneratedRegex(@"\b(?:Kamer|u|uw|commissies?|Kamerleden|Kamerlid|de\s+heer|mevrouw|het\s+lid)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Parliament();

    [GeneratedRegex(@"\btoezegging", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToezeggingNoun();

    [GeneratedRegex(@"\b(?:overleg|AO|debat|commissiedebat|notaoverleg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Debate();

    // Reporting in the next progress report is reporting to parliament, even when the sentence does not name it.
    [GeneratedRegex(@"\b(?:voortgangsrapportage|rapportage|jaarverslag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Report();

    // The letter informing parliament now is the act itself, not a promise.
    [GeneratedRegex(@"\b(?:(?:met|in)\s+deze\s+brief\s+(?:informeren|wordt|worden)|informeren\s+wij\s+u(?:w\s+Kamer)?\s+(?:hierbij|met\s+deze\s+brief|in\s+deze\s+brief|over))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisLetter();
}
