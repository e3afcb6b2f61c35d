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
    /// <summary>How far before the informing verb its auxiliary may stand ("zal het kabinet uw Kamer zoals gebruikelijk tussentijds informeren").</summary>
    private const int FutureBefore = 90;

    /// <summary>How far after it ("informeren wij u … zodra", "geïnformeerd worden").</summary>
    private const int FutureAfter = 30;

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

            var made = CommitmentDate.Find(value, context.Identity.Date);
            foreach (var (start, length) in CommitmentItems.Split(value))
            {
                var part = new TextSpan(sentence.Start + start, length);
                var own = CommitmentDate.Debate(part.Slice(text.Text), context.Identity.Date);
                yield return new CommitmentFact(own ?? made)
                {
                    Quote = CitationBuilder.Quote(text.Text, part),
                    Citation = CitationBuilder.Cite(context, part),
                };
            }
        }
    }

    private static bool IsCommitment(string text)
    {
        // A site's navigation ("[toezeggingen]") names the page of commitments, not one.
        var sentence = NavigationLink().Replace(text, " ");
        if (Offer().IsMatch(sentence))
        {
            return true;
        }

        if (Reported().IsMatch(sentence))
        {
            // Others' promises ("De Europese Commissie heeft toegezegd …") are not commitments to parliament.
            return !Overview().IsMatch(sentence) && (ToezeggingNoun().IsMatch(sentence) || Parliament().IsMatch(sentence) || Debate().IsMatch(sentence));
        }

        if (AnnouncedInDebate().IsMatch(sentence) && Debate().IsMatch(sentence))
        {
            return true;
        }

        return InformsLater(sentence)
            && (Parliament().IsMatch(sentence) || Report().IsMatch(sentence))
            && !ThisLetter().IsMatch(sentence) && !RequestFromParliament().IsMatch(sentence) && !Duty().IsMatch(sentence);
    }

    // A promise to inform: the verb that informs stands near one that puts it in the future or makes it standing
    // ("Uw Kamer zal … worden geïnformeerd"), not merely in the same sentence as one ("… is geïnformeerd. Hieronder wordt …").
    private static bool InformsLater(string sentence)
    {
        var future = FutureOrStanding().Matches(sentence);
        return Trigger().Matches(sentence).Any(t => future.Any(f => f.Index >= t.Index - FutureBefore && f.Index <= t.Index + t.Length + FutureAfter));
    }

    // Anything that may start a commitment sentence; the sentence is then checked as a whole.
    [GeneratedRegex(
        @"\b(?:toezegging(?:en)?|toegezegd|toezeggen|ge[iï]nformeerd|informeren|op\s+de\s+hoogte|gerapporteerd|rapporteren|(?:Kamer|u)\s+(?:\w+\s+){0,6}?delen|briefing|toegezonden|toezenden|toesturen|ingelicht|" +
        @"krijgen|krijgt|ontvangen|ontvangt|beschikken\s+over|opgenomen|sturen|zenden|aangekondigd|kondigden?)\b",
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
    [GeneratedRegex(@"\b(?:Kamer|u|uw|commissies?|Kamerleden|Kamerlid|de\s+heer|mevrouw|het\s+lid|parlement|Staten-Generaal)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Parliament();

    [GeneratedRegex(@"\btoezegging", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToezeggingNoun();

    [GeneratedRegex(@"\b(?:\w*overleg|AO|\w*debat)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Debate();

    // Reporting in the next progress report is reporting to parliament, even when the sentence does not name it.
    [GeneratedRegex(@"\b(?:voortgangsrapportage|rapportage|jaarverslag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Report();

    // The letter informing parliament now is the act itself, not a promise.
    [GeneratedRegex(@"\b(?:(?:met|in)\s+deze\s+brief\s+(?:informeren|wordt|worden)|informeren\s+wij\s+u(?:w\s+Kamer)?\s+(?:hierbij|met\s+deze\s+brief|in\s+deze\s+brief|over))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisLetter();

    // Offers that need no "informeren": parliament will get a letter ("Wij krijgen hierover nog een brief van het
    // kabinet", said in a debate), may have an evaluation at its disposal, is offered a briefing, is sent reports, or a
    // report will include it. Each skipped word is an atomic group: a word and the spaces after it can be matched one
    // way only, and without the group the source-generated matcher backtracked through every split of a long run of
    // repeated phrases ("zal worden opgenomen in de … zal worden opgenomen in de …") without end (found by the fuzzer).
    [GeneratedRegex(
        @"\b(?:wij|we|de\s+Kamer|uw\s+Kamer|u)\s+(?:krijgen|krijgt|ontvangen|ontvangt)\s+(?>\w+\s+){0,3}?(?:een|de)\s+(?>\w+\s+)?\w*(?:brief|rapportage|reactie|overzicht|evaluatie)\b(?![^.]{0,20}\bhierbij)|" +
        @"\b(?:(?:Kamer|u)\s+(?:kan|kunt|zal|zult)|(?:kan|kunt|zal|zult)\s+(?:uw\s+|de\s+)?(?:Kamer|u))\s+(?>\w+\s+){0,6}?beschikken\s+over\b|\baanbod\s+(?>\w+\s+){0,3}?om\s+(?>\w+\s+){0,3}?(?:briefing|toelichting|brief)\b|" +
        @"\b(?:Kamer|u)\s+(?>\w+\s+){0,2}?(?:\w*rapportages?|brieven|brief|overzicht)\s+te\s+(?:sturen|zenden|toesturen|toezenden)\b|" +
        @"\b(?:zal|zullen)\s+(?>\w+\s+){0,4}?(?:worden\s+)?opgenomen\s+(?:worden\s+)?in\s+(?:de|het)\s+(?>\w+\s+){0,2}?(?:evaluatie|\w*rapportage|jaarverslag)\w*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    // Said in a debate that the government will do something ("In het algemeen overleg … kondigden wij aan dat … het kabinet … zal bezien").
    [GeneratedRegex(@"\b(?:kondigden?|zegden?)\s+(?:wij|ik|zij|hij|het\s+kabinet|de\s+minister)\s+(?:\w+\s+){0,2}?(?:aan|toe)\b[^.]*\b(?:zal|zullen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedInDebate();

    // Parliament's own request to be informed ("Hiermee wordt voldaan aan het verzoek van de vaste commissie … om uw
    // Kamer … te informeren", "De Kamer heeft de regering verzocht …") and a motion's ("De motie … verzoekt de regering …").
    [GeneratedRegex(
        @"\b(?:verzoek|verzocht)\s+(?:van\s+)?(?:de\s+(?:vaste\s+)?commissie|uw\s+Kamer|de\s+Kamer|het\s+lid|de\s+leden)\b|\buw\s+verzoek\b|" +
        @"\b(?:verzoekt|verzocht|vraagt|gevraagd)\s+(?:\w+\s+){0,2}?(?:de\s+regering|het\s+kabinet|de\s+minister)\b|\bde\s+regering\s+(?:\w+\s+)?verzocht\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestFromParliament();

    // The constitution's duty to inform ("Artikel 100 van de Grondwet verplicht de regering de Kamer te informeren") is no promise.
    [GeneratedRegex(@"\bverplicht(?:ing|en)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duty();

    [GeneratedRegex(@"\[[^\]\n]{1,40}\]", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationLink();
}
