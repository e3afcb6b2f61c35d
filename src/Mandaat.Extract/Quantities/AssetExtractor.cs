using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Scanning;
using Mandaat.Core.Text;
using Mandaat.Dutch;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Counts of platforms and materiel: a designation ("zes operationele F-16’s", "drie NH90’s") or a
/// head noun, compounds included ("drie transporthelikopters" → helikopter, alt transporthelikopter;
/// "1.000 scherfvesten" → vest, alt scherfvest). Number words count; the article "een" does not.
/// </summary>
public sealed partial class AssetExtractor : IFactExtractor
{
    // Count() starts with a number.
    private static readonly AnchoredScan Counts = new(
        Count(),
        [.. QuantityPatterns.NumberStarts],
        startsWithDigit: true);

    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        foreach (var match in Counts.Matches(text))
        {
            var number = match.Groups["num"].Value;
            if (IsYear(number) || !DutchNumber.Parse(number).TryGetValue(out var count) || count < 1 || count != decimal.Truncate(count))
            {
                continue;
            }

            var (asset, alt) = Name(match);
            var span = TextSpan.FromBounds(match.Groups["num"].Index, match.Index + match.Length);
            yield return new AssetFact(asset, alt, (int)count)
            {
                Quote = CitationBuilder.Quote(text, Sentences.Around(context.Text, span.Start)),
                Citation = CitationBuilder.Cite(context, span),
            };
        }
    }

    // "In 2016 vlogen F-16's": Dutch writes a count from a thousand up with a dot ("1.000 scherfvesten"), so
    // four digits from 1900 to 2099 without one are a year, not 2,016 aircraft.
    private static bool IsYear(string number) =>
        number.Length == 4 && number.All(char.IsAsciiDigit) && number[..2] is "19" or "20";

    private static (string Asset, IReadOnlyList<string> Alt) Name(Match match)
    {
        if (match.Groups["designation"].Success)
        {
            return (match.Groups["designation"].Value.Replace('–', '-'), []);
        }

        var head = AssetNouns.Singular(match.Groups["head"].Value.ToLowerInvariant());
        var prefix = match.Groups["prefix"].Value.ToLowerInvariant();
        var describer = match.Groups["describer"].Value.ToLowerInvariant();
        var alt = new List<string>();
        if (prefix.Length > 0)
        {
            alt.Add(prefix + head);
        }

        if (describer.Length > 0)
        {
            alt.Add(AssetNouns.Uninflected(describer) + " " + head);
            alt.Add(AssetNouns.Uninflected(describer) + head);
        }

        return (head, alt);
    }

    // \G: tried only where Counts puts it. The article "een" is refused at once (it is no count of assets
    // and stands before every other noun): matching it in full and dropping it afterwards was most of the
    // pattern's time, and hid a count that starts inside the dropped match.
    [GeneratedRegex(
        @"\G\b(?!(?:een|één)\b)(?<num>" + QuantityPatterns.Number + @")\s+" + QuantityPatterns.Describers + @"(?:(?!(?:een|de|het|van|voor|die|deze|dat|te|en|of|in|op|met)\b)(?<describer>\p{Ll}+)\s+)??" +
        @"(?:(?<designation>(?:F|C|KC|KDC|CH|AH|MQ|NH|P|E|A|MH|SH|UH)[-–]?\d{1,3}[A-Z]?)(?:’s|'s|s)?|" +
        @"(?<prefix>\p{Ll}*?)(?<head>" + AssetNouns.Pattern + @"))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Count();
}
