using System.Text.RegularExpressions;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// The first paragraphs of the body, where a letter says what it is ("In overeenstemming met artikel
/// 100 van de Grondwet informeren wij u …", "… over de voortgang van …"). Letterhead lines, the
/// salutation, capitalised titles and headings are passed over.
/// </summary>
internal static partial class OpeningParagraphs
{
    /// <summary>How many body paragraphs are read: a letter states its purpose at once.</summary>
    public const int Count = 3;

    /// <summary>A heading or letterhead line is shorter than this; a purpose sentence is longer.</summary>
    private const int MinimumLength = 60;

    /// <summary>How far into the paragraphs the letterhead (address, place and date, salutation) may end.</summary>
    private const int LetterheadReach = 30;

    public static IReadOnlyList<TextSpan> Find(NormalizedText text, int count = Count)
    {
        var found = new List<TextSpan>();
        foreach (var paragraph in text.Paragraphs.Skip(BodyStart(text)))
        {
            var body = paragraph.Slice(text.Text);
            if (body.Length < MinimumLength || Letterhead().IsMatch(body) || !body.Any(char.IsLower))
            {
                continue;
            }

            found.Add(paragraph);
            if (found.Count == count)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The paragraph after the letter's head: its place and date, salutation or title line, when one stands
    /// near the top. A page copied from a website carries navigation, metadata rows and link lines above the
    /// letter, long enough to pass for prose; the letter's own opening comes after its head.
    /// </summary>
    private static int BodyStart(NormalizedText text)
    {
        var start = 0;
        for (var i = 0; i < Math.Min(text.Paragraphs.Count, LetterheadReach); i++)
        {
            if (HeadEnd().IsMatch(text.Paragraphs[i].Slice(text.Text)))
            {
                start = i + 1;
            }
        }

        return start;
    }

    // The lines that close a letter's head: "Den Haag, 8 maart 2024", "Datum 17 juni 2022", "Geachte voorzitter,",
    // "Aan de Voorzitter van de Tweede Kamer …", a ministry letter's "Onderwerp: …" (its last head line before
    // 2010), a paper's "Nr. 471 BRIEF VAN …" or "Vastgesteld …".
    [GeneratedRegex(@"^(?:(?:Den Haag|’s-Gravenhage|'s-Gravenhage|Datum:?)\s*,?\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*$|(?:Zeer\s+)?[Gg]eachte\b[^.]{0,40}$|(?:Aan\s+)?de\s+[Vv]oorzitter\b[^.]*$|(?:Onderwerp|Betreft)\b:?[^.]{0,200}$|(?:Nr|nr)\.\s*\w+(?:\s+[^a-z]*)?$|Vastgesteld\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadEnd();

    [GeneratedRegex(@"^(?:Datum|Betreft|Bijlage|Ons kenmerk|Onze referentie|Uw kenmerk|Uw referentie|Geachte|Aan de|Den Haag|’s-Gravenhage|'s-Gravenhage|Tweede Kamer|Eerste Kamer|Vergaderjaar|Nr\.|Vastgesteld|Ontvangen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Letterhead();
}
