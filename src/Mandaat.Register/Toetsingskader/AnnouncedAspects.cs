using System.Text.RegularExpressions;
using Mandaat.Register.Text;
using Mandaat.Segment.Aspects;
using Mandaat.Store;

namespace Mandaat.Register.Toetsingskader;

/// <summary>
/// Aspects a letter announces in running text instead of under headings of their own: "In deze brief wordt
/// ingegaan op de gronden voor deelname, de rechtsbasis, de militaire aspecten …", "Met inachtneming van het
/// toetsingskader volgt hieronder een contextanalyse, waarna wordt ingegaan op …". The sentence that announces
/// an aspect is kept, so the check shows it is announced, not addressed under a heading.
/// </summary>
public static partial class AnnouncedAspects
{
    /// <summary>Aspect key → the sentence that announces it.</summary>
    public static IReadOnlyDictionary<string, string> Find(DocumentDetail document, IReadOnlyList<FrameworkAspect> aspects)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Announcement().Matches(document.Text))
        {
            var sentence = DocumentText.Sentence(document, match.Index, match.Index + match.Length);
            if (Question().IsMatch(sentence))
            {
                continue;
            }

            var quote = DocumentText.Quote(sentence);
            foreach (var aspect in aspects.Where(a => a.IsNamedIn(sentence)))
            {
                found.TryAdd(aspect.Key, quote);
            }
        }

        return found;
    }

    // What a letter says it goes into: "wordt (tevens) ingegaan op", "gaat … in op", "komen … aan bod", "volgt hieronder".
    [GeneratedRegex(
        @"\b(?:wordt|worden)\s+(?:\w+\s+){0,3}?ingegaan\s+op\b|\bga(?:at|an)\s+(?:\w+\s+){0,4}?in\s+op\b|\b(?:zullen|zal)\s+(?:wij|ik)\s+(?:\w+\s+){0,2}?ingaan\s+op\b|" +
        @"\bkom(?:t|en)\s+(?:\w+\s+){0,3}?aan\s+(?:bod|de\s+orde)\b|\bvolg(?:t|en)\s+(?:hieronder|hierna)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();

    [GeneratedRegex(@"\?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Question();
}
