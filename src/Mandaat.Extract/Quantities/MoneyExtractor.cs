using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Scanning;
using Mandaat.Core.Text;
using Mandaat.Dutch;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Amounts of money in euro, once per mention: "19,5 miljoen euro", "€ 3 mln", "EUR 2,4 miljoen",
/// "190.000 euro", and "circa 30 miljoen" where the surrounding words make it money and not a
/// count of people.
/// </summary>
public sealed partial class MoneyExtractor : IFactExtractor
{
    // Every alternative of Amount() starts with a qualifier, the euro sign or word, or a number.
    private static readonly AnchoredScan Amounts = new(
        Amount(),
        [.. Qualifiers.Starts, "€", "eur", .. QuantityPatterns.NumberStarts],
        startsWithDigit: true);

    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        foreach (var match in Amounts.Matches(text))
        {
            // "15 tot 20 miljoen": the lower end of a range takes the multiplier printed after the upper end.
            var mult = match.Groups["mult"].Success ? match.Groups["mult"] : match.Groups["rmult"];
            var multiplier = Multiplier(mult.Value);
            var hasCurrency = match.Groups["pre"].Success || match.Groups["cur"].Success;
            var end = mult.Success ? Math.Max(match.Index + match.Length, mult.Index + mult.Length) : match.Index + match.Length;
            if (!hasCurrency && (multiplier < 1_000_000 || !MoneyContext().IsMatch(text.AsSpan(end))))
            {
                continue;
            }

            var amountText = mult.Success ? $"{match.Groups["num"].Value} {mult.Value}" : match.Groups["num"].Value;
            if (!DutchNumber.Parse(amountText).TryGetValue(out var amount) || amount <= 1)
            {
                continue;
            }

            var span = new TextSpan(match.Index, match.Length);
            yield return new MoneyFact(decimal.Round(amount, 2) / 1.0000000000000000000000000000m, Qualifiers.Normalize(match.Groups["qual"].Value))
            {
                Quote = CitationBuilder.Quote(text, Sentences.Around(context.Text, span.Start)),
                Citation = CitationBuilder.Cite(context, span),
            };
        }
    }

    private static decimal Multiplier(string word) => word.ToLowerInvariant().TrimEnd('.') switch
    {
        "miljard" or "mld" => 1_000_000_000m,
        "miljoen" or "mln" or "mio" => 1_000_000m,
        "duizend" => 1_000m,
        _ => 1m,
    };

    // \G: tried only where Amounts puts it.
    [GeneratedRegex(
        @"\G(?:(?:" + Qualifiers.Pattern + @"\s+)?(?:(?<pre>€|\bEUR\b|\beuro\b)\s?)?(?<num>" + QuantityPatterns.Number + @")" +
        @"(?:(?=\s*(?:tot(?:\s+en\s+met)?|à|-|–)\s*" + QuantityPatterns.Number + @"\s+(?<rmult>miljoen|miljard|mln\.?|mld\.?|mio\.?)(?:\s+(?<cur>euro|EUR)\b)?))?" +
        @"(?:\s+(?<mult>miljoen|miljard|mln\.?|mld\.?|mio\.?|duizend))?(?:\s+(?<cur>euro|EUR)\b)?(?(pre)|(?(cur)|(?(mult)|(?(rmult)|(?!))))))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Amount();

    // "30 miljoen" without "euro" is money only when budget words follow; "3,3 miljoen hulpbehoevenden" is not.
    [GeneratedRegex(
        @"^(?:\s*[,.;)]|\s+(?:beschikbaar|gereserveerd|uitgetrokken|bijgedragen|toegezegd|geraamd|begroot|besteed|gecommitteerd|toegewezen|vrijgemaakt|uitgegeven|gemoeid|extra|additioneel|per\s+jaar|aan|voor|uit|ten\s+laste|ter\s+beschikking|is|was|wordt|werd|zijn|waren|bedraagt|bedroeg)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MoneyContext();
}
