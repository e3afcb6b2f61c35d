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
            var multiplier = Multiplier(match.Groups["mult"].Value);
            var hasCurrency = match.Groups["pre"].Success || match.Groups["cur"].Success;
            if (!hasCurrency && (multiplier < 1_000_000 || !MoneyContext().IsMatch(text.AsSpan(match.Index + match.Length))))
            {
                continue;
            }

            var amountText = match.Groups["mult"].Success ? $"{match.Groups["num"].Value} {match.Groups["mult"].Value}" : match.Groups["num"].Value;
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
        @"(?:\s+(?<mult>miljoen|miljard|mln\.?|mld\.?|mio\.?|duizend))?(?:\s+(?<cur>euro|EUR)\b)?(?(pre)|(?(cur)|(?(mult)|(?!)))))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Amount();

    // "30 miljoen" without "euro" is money only when budget words follow; "3,3 miljoen hulpbehoevenden" is not.
    [GeneratedRegex(
        @"^(?:\s*[,.;)]|\s+(?:beschikbaar|gereserveerd|uitgetrokken|bijgedragen|toegezegd|geraamd|begroot|besteed|gecommitteerd|toegewezen|vrijgemaakt|uitgegeven|gemoeid|extra|additioneel|per\s+jaar|aan|voor|uit|ten\s+laste|ter\s+beschikking|is|was|wordt|werd|zijn|waren|bedraagt|bedroeg)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MoneyContext();
}
