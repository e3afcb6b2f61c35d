using System.Text.RegularExpressions;
using Mandaat.Core.Scanning;

namespace Mandaat.Missions;

/// <summary>
/// Names compiled into one pattern so a text is scanned once however many there are, each name standing for the
/// missions that go by it. The pattern is tried only where a name's first word stands (<see cref="AnchoredScan"/>).
/// </summary>
internal sealed class NameScan
{
    private readonly AnchoredScan _scan;

    // One group per distinct name; a name several missions share (Patriot, Kosovo) lists them all.
    private readonly Dictionary<string, Mission[]> _byGroup;

    public NameScan(IEnumerable<(string Name, Mission Mission)> names)
    {
        var groups = names
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Key.Length)
            .Select((g, i) => (Group: "n" + i, Name: g.Key, Missions: g.Select(x => x.Mission).Distinct().ToArray()))
            .ToList();
        _byGroup = groups.ToDictionary(x => x.Group, x => x.Missions, StringComparer.Ordinal);
        var alternatives = groups.Select(x => $"(?<{x.Group}>{NamePattern(x.Name)})").DefaultIfEmpty("(?!)");
        var pattern = new Regex(
            $@"\G(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            // Compiled: the pattern is data, so it cannot be source-generated, and every document is scanned
            // with it; interpreted, it is among the largest costs of extraction.
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
        // The regex engine's own search for the names' case-insensitive beginnings is slow on Unicode text
        // (its case table makes "k" match the Kelvin sign); every name begins with its first word, so only
        // the positions where one stands are tried.
        var firstWords = groups.Select(x => FirstWord(x.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _scan = new AnchoredScan(pattern, firstWords);
    }

    /// <summary>Every name in the text, in order, with the missions it may stand for.</summary>
    public IEnumerable<(Mission[] Missions, int Offset)> Matches(string text)
    {
        foreach (Match match in _scan.Matches(text))
        {
            foreach (var (group, missions) in _byGroup)
            {
                if (match.Groups[group].Success)
                {
                    yield return (missions, match.Index);
                    break;
                }
            }
        }
    }

    /// <summary>A name's leading letters and digits ("NAVO" of "NAVO-missie in Irak"), or its first character.</summary>
    private static string FirstWord(string name)
    {
        var length = name.TakeWhile(char.IsLetterOrDigit).Count();
        return name[..Math.Max(1, length)];
    }

    // Short acronyms ("OIR", "NMI") only match in capitals; names match in any case.
    private static string NamePattern(string alias)
    {
        var escaped = Regex.Escape(alias).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("-", @"[-\s]?", StringComparison.Ordinal);
        var acronym = alias.Length <= 6 && alias.Where(char.IsLetter).All(char.IsUpper);
        return acronym ? escaped : $"(?i:{escaped})";
    }
}
