using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Scanning;
using Mandaat.Core.Text;
using Mandaat.Dutch;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Counts of military or deployed personnel, any nation: "maximaal 250 militairen", "ca. 100 tot 150
/// militairen", "tussen 10 en 15 militairen", "3 tot 12 personen", "ongeveer vijftien mensen", "7 civiele functies", and both ends
/// of a change ("van drie naar maximaal vijf personen"). Not refugees, victims or populations: the
/// weak nouns (personen, mensen) count only for unit-sized numbers, and the article "een" is no count.
/// </summary>
public sealed partial class PersonnelExtractor : IFactExtractor
{
    // Every alternative of Count() starts with a qualifier, "tussen" or a number.
    private static readonly AnchoredScan Counts = new(
        Count(),
        [.. Qualifiers.Starts, "tussen", .. QuantityPatterns.NumberStarts],
        startsWithDigit: true);

    private const int LargestUnit = 1000;

    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        var changes = new List<TextSpan>();
        foreach (var (match, noun) in Changes(text))
        {
            if (Create(context, match, "q1", "n1", null, noun) is { } from && Create(context, match, "q2", "n2", null, noun) is { } to)
            {
                changes.Add(new TextSpan(match.Index, match.Length));
                yield return from;
                yield return to;
            }
        }

        var next = 0;
        foreach (var match in Counts.Matches(text))
        {
            // Both lists are in text order, so one forward walk finds the change a count lies in.
            while (next < changes.Count && changes[next].End <= match.Index)
            {
                next++;
            }

            if (next < changes.Count && changes[next].Contains(match.Index + match.Length - 1))
            {
                continue;
            }

            if (Create(context, match, "qual", "num", "max", match.Groups["noun"].Value) is { } fact)
            {
                yield return fact;
            }
        }
    }

    private static IEnumerable<(Match Match, string Noun)> Changes(string text)
    {
        var found = Change().Matches(text).Select(m => (Match: m, Noun: m.Groups["noun"].Value)).ToList();

        // The change after its noun is looked for at each "(" only: a pattern that starts with a noun of any
        // compound would be tried at every word of a long text.
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var change = ChangeInParentheses().Match(text, open);
            var before = text.AsSpan(Math.Max(0, open - NounReach), Math.Min(open, NounReach));
            if (change.Success && NounBefore().Match(before.ToString()) is { Success: true } noun)
            {
                found.Add((change, noun.Groups["noun"].Value));
            }
        }

        return found.OrderBy(c => c.Match.Index);
    }

    private static PersonnelFact? Create(ExtractionContext context, Match match, string qualifierGroup, string numberGroup, string? maxGroup, string noun)
    {
        var numberText = match.Groups[numberGroup].Value;
        if (numberText is "een" or "Een" || !DutchNumber.Parse(numberText).TryGetValue(out var count) || count < 1 || count != decimal.Truncate(count))
        {
            return null;
        }

        int? max = null;
        if (maxGroup is not null && match.Groups[maxGroup].Success)
        {
            if (!DutchNumber.Parse(match.Groups[maxGroup].Value).TryGetValue(out var upper) || upper <= count)
            {
                return null;
            }

            max = (int)upper;
        }

        if (WeakNoun().IsMatch(noun) && (max ?? count) >= LargestUnit)
        {
            return null;
        }

        // "Inmiddels zijn 12 soldaten omgekomen": the dead and wounded are no count of deployed personnel.
        var after = context.Text.Text.AsSpan(match.Index + match.Length);
        if (Casualty().IsMatch(after[..Math.Min(after.Length, CasualtyReach)]) || Casualty().IsMatch(match.ValueSpan))
        {
            return null;
        }

        var group = match.Groups[numberGroup];
        var span = TextSpan.FromBounds(Math.Min(match.Groups[qualifierGroup].Success ? match.Groups[qualifierGroup].Index : group.Index, group.Index), match.Index + match.Length);
        return new PersonnelFact((int)count, max, Qualifiers.Normalize(match.Groups[qualifierGroup].Value))
        {
            Quote = CitationBuilder.Quote(context.Text.Text, Sentences.Around(context.Text, span.Start)),
            Citation = CitationBuilder.Cite(context, span),
        };
    }

    // How far before "(van de huidige zeven naar maximaal tien)" its noun may end.
    private const int NounReach = 60;

    // How far after a count the words that make it a casualty count may stand.
    private const int CasualtyReach = 40;

    // A compound names a kind of the same people: "stafofficieren", "staffunctionarissen", "politieagenten",
    // "inlichtingenanalisten"; the singular is there for "één stafofficier".
    private const string Nouns =
        @"(?<noun>\p{Ll}*(?:militairen|militair|officieren|officier|functionarissen|functionaris|adviseurs|adviseur|trainers|trainer|instructeurs|instructeur|" +
        @"specialisten|specialist|analisten|analist|agenten|agent|mariniers|marinier)|troepen|soldaten|manschappen|commando's|commando’s|" +
        @"special\s+forces|functies|experts|deskundigen|vliegers|piloten|bemanningsleden|personeelsleden|marechaussees|personen|mensen|Nederlanders)\b";

    // \G: tried only where Counts puts it. The article "een" is refused at once, as in AssetExtractor.
    [GeneratedRegex(
        @"\G(?:(?:\btussen\s+(?:de\s+)?(?<num>" + QuantityPatterns.Number + @")\s+en\s+(?<max>" + QuantityPatterns.Number + @")|" +
        @"(?:" + Qualifiers.Pattern + @"\s+)?\b" + QuantityPatterns.NotArticle + @"(?<num>" + QuantityPatterns.Number + @")(?:\s*(?:tot|à|-|–)\s*(?<max>" + QuantityPatterns.Number + @"))?)\s+" +
        QuantityPatterns.Describers + Nouns + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Count();

    [GeneratedRegex(
        @"\bvan\s+(?:(?<q1>" + Qualifiers.Words + @")\s+)?(?<n1>" + QuantityPatterns.Number + @")\s+naar\s+(?:(?<q2>" + Qualifiers.Words + @")\s+)?(?<n2>" + QuantityPatterns.Number + @")\s+" +
        QuantityPatterns.Describers + Nouns,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Change();

    // "Nederlandse staffunctionarissen (van de huidige zeven naar maximaal tien)": the change printed after its noun.
    [GeneratedRegex(
        @"\G\(\s*van\s+(?:de\s+)?(?:huidige\s+)?(?:(?<q1>" + Qualifiers.Words + @")\s+)?(?<n1>" + QuantityPatterns.Number + @")\s+naar\s+(?:(?<q2>" + Qualifiers.Words + @")\s+)?(?<n2>" + QuantityPatterns.Number + @")\s*\)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ChangeInParentheses();

    [GeneratedRegex(@"\b" + Nouns + @"\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NounBefore();

    [GeneratedRegex(@"^(?:\s*(?:zijn|waren|is|werd|werden|hebben|het\s+leven|bij|door|tijdens|inmiddels|daarbij|al)\b)*\s*(?:omgekomen|gesneuveld|gedood|gewond|overleden|om\s+het\s+leven|sneuvelden|kwamen\s+om|verloren)|\b(?:gesneuvelde|omgekomen|gewonde|gedode|dode|overleden)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Casualty();

    [GeneratedRegex(@"^(?:personen|mensen|Nederlanders)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeakNoun();
}
