using System.Text.RegularExpressions;
using Mandaat.Register.Text;
using Mandaat.Segment.Aspects;
using Mandaat.Store;

namespace Mandaat.Register.Toetsingskader;

/// <summary>
/// Aspects a letter addresses by reference to an earlier one: "de overige aspecten … gelden
/// onverkort", "De gronden … zoals beschreven in de artikel 100-brieven … zijn nog van toepassing",
/// "blijven ongewijzigd". A sentence that names aspects covers those; one that speaks of the other or
/// all aspects covers every aspect the letter has no heading for.
/// </summary>
public static partial class ReferencedAspects
{
    /// <summary>Aspect key → the sentence that refers it to an earlier letter.</summary>
    public static IReadOnlyDictionary<string, string> Find(DocumentDetail document, IReadOnlyList<FrameworkAspect> aspects)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in StillApplies().Matches(document.Text))
        {
            var sentence = DocumentText.Sentence(document, match.Index, match.Index + match.Length);
            var quote = DocumentText.Quote(sentence);
            var all = OtherAspects().IsMatch(sentence);
            foreach (var aspect in aspects)
            {
                if (all || aspect.IsNamedIn(sentence))
                {
                    found.TryAdd(aspect.Key, quote);
                }
            }
        }

        return found;
    }

    [GeneratedRegex(
        @"\b(?:gelden\s+(?:nog\s+)?onverkort|blijven\s+(?:onverkort\s+|onverminderd\s+)?(?:van\s+kracht|gelden|van\s+toepassing|ongewijzigd)|(?:zijn|is)\s+(?:nog\s+(?:steeds\s+)?|onverminderd\s+|onverkort\s+)van\s+toepassing|(?:zijn|is)\s+ongewijzigd)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StillApplies();

    [GeneratedRegex(@"\b(?:overige|alle|andere)\s+(?:\w+\s+)?(?:aspecten|aandachtspunten|punten\s+van\s+het\s+toetsingskader)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherAspects();
}
