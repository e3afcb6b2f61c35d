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
    private const int Count = 2;

    /// <summary>A heading or letterhead line is shorter than this; a purpose sentence is longer.</summary>
    private const int MinimumLength = 60;

    public static IReadOnlyList<TextSpan> Find(NormalizedText text)
    {
        var found = new List<TextSpan>();
        foreach (var paragraph in text.Paragraphs)
        {
            var body = paragraph.Slice(text.Text);
            if (body.Length < MinimumLength || Letterhead().IsMatch(body) || !body.Any(char.IsLower))
            {
                continue;
            }

            found.Add(paragraph);
            if (found.Count == Count)
            {
                break;
            }
        }

        return found;
    }

    [GeneratedRegex(@"^(?:Datum|Betreft|Bijlage|Ons kenmerk|Onze referentie|Uw kenmerk|Uw referentie|Geachte|Aan de|Den Haag|’s-Gravenhage|'s-Gravenhage|Tweede Kamer|Eerste Kamer|Vergaderjaar|Nr\.|Vastgesteld|Ontvangen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Letterhead();
}
