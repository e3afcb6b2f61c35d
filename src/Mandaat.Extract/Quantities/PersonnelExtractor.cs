using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Scanning;
using Mandaat.Core.Text;
using Mandaat.Dutch;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Counts of military or deployed personnel, any nation: "maximaal 250 militairen", "ca. 100 tot 150
/// militairen", "3 tot 12 personen", "ongeveer vijftien mensen", "7 civiele functies", and both ends
/// of a change ("van drie naar maximaal vijf personen"). Not refugees, victims or populations: the
/// weak nouns (personen, mensen) count only for unit-sized numbers, and the article "een" is no count.
/// </summary>
public sealed partial class PersonnelExtractor : IFactExtractor
{
    // Every alternative of Count() starts with a qualifier or a number.
    private static readonly AnchoredScan Counts = new(
        Count(),
        [.. Qualifiers.Starts, .. QuantityPatterns.NumberStarts],
        startsWithDigit: true);

    private const int LargestUnit = 1000;

    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        var changes = new List<TextSpan>();
        foreach (Match match in Change().Matches(text))
        {
            var noun = match.Groups["noun"].Value;
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

    private static PersonnelFact? Create(ExtractionContext context, Match match, string qualifierGroup, string numberGroup, string? maxGroup, string noun)
    {
        var numberText = match.Groups[numberGroup].Value;
        if (numberText is "een" or "één" || !DutchNumber.Parse(numberText).TryGetValue(out var count) || count < 1 || count != decimal.Truncate(count))
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

        var group = match.Groups[numberGroup];
        var span = TextSpan.FromBounds(Math.Min(match.Groups[qualifierGroup].Success ? match.Groups[qualifierGroup].Index : group.Index, group.Index), match.Index + match.Length);
        return new PersonnelFact((int)count, max, Qualifiers.Normalize(match.Groups[qualifierGroup].Value))
        {
            Quote = CitationBuilder.Quote(context.Text.Text, Sentences.Around(context.Text, span.Start)),
            Citation = CitationBuilder.Cite(context, span),
        };
    }

    private const string Nouns =
        @"(?<noun>militairen|militair|troepen|soldaten|adviseurs|stafofficieren|officieren|liaisonofficieren|trainers|instructeurs|mariniers|manschappen|commando's|commando’s|" +
        @"special\s+forces|functies|experts|deskundigen|specialisten|vliegers|piloten|bemanningsleden|personeelsleden|politiefunctionarissen|agenten|marechaussees|personen|mensen|Nederlanders)\b";

    // \G: tried only where Counts puts it. The article "een" is refused at once, as in AssetExtractor.
    [GeneratedRegex(
        @"\G(?:(?:" + Qualifiers.Pattern + @"\s+)?\b(?!(?:een|één)\b)(?<num>" + QuantityPatterns.Number + @")(?:\s*(?:tot|à|-|–)\s*(?<max>" + QuantityPatterns.Number + @"))?\s+" +
        QuantityPatterns.Describers + Nouns + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Count();

    [GeneratedRegex(
        @"\bvan\s+(?:(?<q1>" + Qualifiers.Words + @")\s+)?(?<n1>" + QuantityPatterns.Number + @")\s+naar\s+(?:(?<q2>" + Qualifiers.Words + @")\s+)?(?<n2>" + QuantityPatterns.Number + @")\s+" +
        QuantityPatterns.Describers + Nouns,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Change();

    [GeneratedRegex(@"^(?:personen|mensen|Nederlanders)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeakNoun();
}
