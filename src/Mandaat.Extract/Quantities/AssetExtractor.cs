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
/// "1.000 scherfvesten" → vest, alt scherfvest; "9 stukken veldartillerie"). Number words count, "één"
/// too; the article "een" does not. A count split up after it ("Zes F-16 jachtvliegtuigen, waarvan vier
/// operationeel en twee reserve") gives its parts as counts of the same platform. Ships that are victims
/// ("19 schepen slachtoffer van piraterij", "111 keer schepen aangevallen"), civilian, or hailed, searched or
/// escorted by a patrol ("933 schepen opgeroepen", "zeven verdachte schepen doorzocht", "de bemanning van meer dan
/// duizend schepen ondervraagd") are no assets.
/// </summary>
public sealed partial class AssetExtractor : IFactExtractor
{
    // Count() starts with a number.
    private static readonly AnchoredScan Counts = new(
        Count(),
        [.. QuantityPatterns.NumberStarts],
        startsWithDigit: true);

    // How far after a count its breakdown may begin: "… jachtvliegtuigen, waarvan vier operationeel".
    private const int BreakdownReach = 160;

    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        var counts = new List<(Match Match, int Count)>();
        foreach (var match in Counts.Matches(text))
        {
            if (ReadCount(match.Groups["num"].Value) is { } count && !IsCivilian(text, match) && !IsTypeNumber(text, match))
            {
                counts.Add((match, count));
            }
        }

        var counted = counts.Select(c => c.Match.Groups["num"].Index).ToHashSet();
        foreach (var (match, count) in counts)
        {
            var (asset, alt) = Name(match);
            var span = TextSpan.FromBounds(match.Groups["num"].Index, match.Index + match.Length);
            var sentence = Sentences.Around(context.Text, span.Start);
            yield return Fact(context, asset, alt, count, span, sentence);
            foreach (var part in Breakdown(text, span.End, Math.Min(sentence.End, span.End + BreakdownReach), count))
            {
                if (!counted.Contains(part.Span.Start))
                {
                    yield return Fact(context, asset, alt, part.Count, part.Span, sentence);
                }
            }
        }
    }

    private static AssetFact Fact(ExtractionContext context, string asset, IReadOnlyList<string> alt, int count, TextSpan span, TextSpan sentence) =>
        new(asset, alt, count)
        {
            Quote = CitationBuilder.Quote(context.Text.Text, sentence),
            Citation = CitationBuilder.Cite(context, span),
        };

    private static int? ReadCount(string number) =>
        !IsYear(number) && DutchNumber.Parse(number).TryGetValue(out var count) && count >= 1 && count == decimal.Truncate(count) && count < int.MaxValue
            ? (int)count
            : null;

    /// <summary>
    /// The next two or three numbers of the sentence when they add up to the count: its parts
    /// ("waarvan vier operationeel en twee reserve", "van de drie … er maar één … de andere twee"). Numbers
    /// that add up by chance are rare, and a reference or date between them breaks the sum.
    /// </summary>
    private static IEnumerable<(int Count, TextSpan Span)> Breakdown(string text, int from, int to, int total)
    {
        var parts = new List<(int Count, TextSpan Span)>();
        for (var number = PartNumber().Match(text, from, Math.Max(0, to - from)); number.Success; number = number.NextMatch())
        {
            if (number.Value is "een" or "Een" || ReadCount(number.Value) is not { } count)
            {
                continue;
            }

            parts.Add((count, new TextSpan(number.Index, number.Length)));
            if (parts.Count == 3)
            {
                break;
            }
        }

        for (var k = 2; k <= parts.Count; k++)
        {
            if (parts.Take(k).All(p => p.Count < total) && parts.Take(k).Sum(p => p.Count) == total)
            {
                return parts.Take(k);
            }
        }

        return [];
    }

    // "In 2016 vlogen F-16's": Dutch writes a count from a thousand up with a dot ("1.000 scherfvesten"), so
    // four digits from 1900 to 2099 without one are a year, not 2,016 aircraft.
    private static bool IsYear(string number) =>
        number.Length == 4 && number.All(char.IsAsciiDigit) && number[..2] is "19" or "20";

    // "de Leopard 2 A5 tanks": a number between a type's name and its version letter is part of the type's name.
    private static bool IsTypeNumber(string text, Match match) =>
        match.Groups["designation"].Success && VersionMark().IsMatch(match.Groups["designation"].Value)
        && TypeName().IsMatch(text.AsSpan(0, match.Groups["num"].Index));

    private static bool IsCivilian(string text, Match match) =>
        CivilianPrefix().IsMatch(match.Groups["prefix"].Value) || match.Groups["describer"].Value is "keer" or "maal"
        || Victim().IsMatch(text.AsSpan(match.Index + match.Length)) || Handled().IsMatch(text.AsSpan(match.Index + match.Length));

    private static (string Asset, IReadOnlyList<string> Alt) Name(Match match)
    {
        // "Zes F-16 jachtvliegtuigen", "drie Patriot-systemen": the noun after a name is another name for it.
        IReadOnlyList<string> trail = match.Groups["trail"].Success ? [AssetNouns.Singular(match.Groups["trail"].Value.ToLowerInvariant())] : [];
        if (match.Groups["designation"].Success)
        {
            return (match.Groups["designation"].Value.Replace('–', '-'), trail);
        }

        var printed = match.Groups["head"].Value;
        var head = AssetNouns.Singular(printed.ToLowerInvariant());
        if (char.IsUpper(printed[0]))
        {
            return (char.ToUpperInvariant(head[0]) + head[1..], trail); // a name: "Patriot", "Apache"
        }

        if (match.Groups["arty"].Success)
        {
            var arty = match.Groups["arty"].Value.ToLowerInvariant();
            return (arty, [$"{head} {arty}", head]);
        }

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
        @"\G\b" + QuantityPatterns.NotArticle + @"(?<num>" + QuantityPatterns.Number + @")\s+" + QuantityPatterns.Describers + @"(?:(?!(?:een|de|het|van|voor|die|deze|dat|te|en|of|in|op|met)\b)(?<describer>\p{Ll}+)\s+)??" +
        @"(?:(?:(?<designation>" + AssetNouns.Designation + @")(?:’s|'s|s)?|(?<head>" + AssetNouns.Names + @"))(?:[-\s](?<trail>\p{Ll}*(?:" + AssetNouns.Pattern + @")|" + AssetNouns.SystemPattern + @"(?:systemen|systeem)|systemen|systeem)\b)?|" +
        @"(?<prefix>\p{Ll}*?)(?<head>" + AssetNouns.Pattern + @")|(?<prefix>" + AssetNouns.SystemPattern + @")(?<head>systemen|systeem)|" +
        @"(?<head>stukken|stuk)\s+(?<arty>\p{Ll}*(?:artillerie|geschut)))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Count();

    [GeneratedRegex(@"^[A-Z]\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionMark();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\-–/.,])" + QuantityPatterns.Number + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"^(?:koopvaardij|vracht|handels|vissers|piraten|moeder|container|tanker|cruise|passagiers|vluchtelingen|zeil|rubber|hulp|voedsel)", RegexOptions.CultureInvariant)]
    private static partial Regex CivilianPrefix();

    [GeneratedRegex(@"^(?:\s+van\s+(?:de|het)\s+\p{L}+)?\s+(?:(?:werden|zijn|waren|werd|is)\s+)?(?:slachtoffer|gekaapt|aangevallen|overvallen|ontvoerd|beschoten)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Victim();

    // What a patrol does to other ships: it hails ("oproepen", "praaien"), questions, boards, searches, holds, tracks or escorts them. The count is of
    // the ships it met ("twaalf schepen van het Wereldvoedselprogramma veilig begeleid"), not of the platforms it deployed.
    [GeneratedRegex(@"^(?:\s+van\s+(?:de|het)\s+\p{L}+)?\s+(?:(?:werden|zijn|waren|werd|is|veilig|succesvol)\s+)?(?:opgeroepen|aangeroepen|gepraaid|ondervraagd|doorzocht|gecontroleerd|geïnspecteerd|geboard|aangehouden|onderschept|geëscorteerd|begeleid|bevraagd|benaderd|geïdentificeerd|gevolgd)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Handled();
}
