using System.Text.RegularExpressions;
using Mandaat.Core.Scanning;

namespace Mandaat.Missions;

/// <summary>
/// Names found in one pass over a text however many there are, each name standing for the missions that go by it.
/// A name is tried only where its first word stands (<see cref="AnchoredScan"/> finds those places), and there only
/// the names that begin with the word found: one pattern per first word, so a place where "NAVO" stands tries the
/// handful of NAVO names, not all several hundred. At one place the longest name wins, as in one alternation of
/// every name ordered longest first.
/// </summary>
internal sealed class NameScan
{
    private readonly AnchoredScan _scan;

    // One pattern per first word (compared ignoring case), holding that word's names longest first; each name a
    // group "n{i}", i its place among all names (longest first), which decides between two first words at one place
    // ("EU" and "EUTM" before "EUTM Mali").
    private readonly Dictionary<string, Regex> _byFirstWord;
    private readonly Dictionary<string, Regex>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly int _longestFirstWord;

    // A name several missions share (Patriot, Kosovo) lists them all, by its group's place.
    private readonly Mission[][] _missions;

    public NameScan(IEnumerable<(string Name, Mission Mission)> names)
    {
        var groups = names
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Key.Length)
            .Select((g, i) => (Place: i, Name: g.Key, Missions: g.Select(x => x.Mission).Distinct().ToArray()))
            .ToList();
        _missions = [.. groups.Select(g => g.Missions)];
        _byFirstWord = groups
            .GroupBy(g => FirstWord(g.Name), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(w => w.Key, w => Pattern(w.Select(g => (g.Place, g.Name))), StringComparer.OrdinalIgnoreCase);
        _firstWords = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestFirstWord = _byFirstWord.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        // The regex engine's own search for the names' case-insensitive beginnings is slow on Unicode text
        // (its case table makes "k" match the Kelvin sign); every name begins with its first word, so only
        // the positions where one stands are tried.
        _scan = new AnchoredScan(MatchAt, _byFirstWord.Keys);
    }

    /// <summary>Every name in the text, in order, with the missions it may stand for.</summary>
    public IEnumerable<(Mission[] Missions, int Offset)> Matches(string text)
    {
        foreach (var match in _scan.Matches(text))
        {
            yield return (_missions[Place(match)!.Value], match.Index);
        }
    }

    // The name at this place that comes first among all names (the longest), of those whose first word stands here:
    // every first word the word here begins with ("EU" and "EUTM" in "EUTM"), or the one symbol a name may begin with.
    private Match? MatchAt(string text, int position)
    {
        var run = 0;
        while (position + run < text.Length && run < _longestFirstWord && char.IsLetterOrDigit(text[position + run]))
        {
            run++;
        }

        Match? best = null;
        var bestPlace = int.MaxValue;
        for (var length = Math.Max(run, 1); length >= 1 && position + length <= text.Length; length--)
        {
            if (_firstWords.TryGetValue(text.AsSpan(position, length), out var pattern)
                && pattern.Match(text, position) is { Success: true } match
                && Place(match) is { } place && place < bestPlace)
            {
                (best, bestPlace) = (match, place);
            }
        }

        return best;
    }

    private static int? Place(Match match)
    {
        foreach (Group group in match.Groups)
        {
            if (group.Success && group.Name.Length > 1 && group.Name[0] == 'n')
            {
                return int.Parse(group.Name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static Regex Pattern(IEnumerable<(int Place, string Name)> names)
    {
        var alternatives = names.Select(x => $"(?<n{x.Place}>{NamePattern(x.Name)})");
        // Compiled: the patterns are data, so they cannot be source-generated, and every document is scanned
        // with them.
        return new Regex(
            $@"\G(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    /// <summary>A name's leading letters and digits ("NAVO" of "NAVO-missie in Irak"), or its first character.</summary>
    private static string FirstWord(string name)
    {
        var length = name.TakeWhile(char.IsLetterOrDigit).Count();
        return name[..Math.Max(1, length)];
    }

    // Short acronyms ("OIR", "NMI") only match in capitals; names match in any case.
    internal static string NamePattern(string alias)
    {
        var escaped = Regex.Escape(alias).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("-", @"[-\s]?", StringComparison.Ordinal);
        var acronym = alias.Length <= 6 && alias.Where(char.IsLetter).All(char.IsUpper);
        if (!acronym)
        {
            return $"(?i:{escaped})";
        }

        // Dutch newspapers and some letters write an acronym spoken as a word with one capital ("Kfor", "Isaf",
        // "Unifil"); a short one ("VPD", "NMI") is kept as printed, since its one-capital form may be a word.
        return alias.Length >= 4 && alias.All(char.IsLetter)
            ? $"(?:{escaped}|{Regex.Escape(alias[..1] + alias[1..].ToLowerInvariant())})"
            : escaped;
    }
}
