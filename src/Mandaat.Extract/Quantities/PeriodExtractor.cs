using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Scanning;
using Mandaat.Core.Text;
using Mandaat.Dutch;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Periods and durations of deployments, contributions and mandates, once per mention: "tot en met
/// 31 december 2023", "van mei 2024 tot en met mei 2025", "sinds 30 januari 2017", "tot eind 2011",
/// "in de tweede helft van 2017", "voor de duur van maximaal een jaar" (12 months), "zes weken"
/// (42 days) after a duration word. A bare year or a range of bare years is not a period, and a
/// number of months without a duration word ("zal zes maanden duren") is not stated as one.
/// </summary>
public sealed partial class PeriodExtractor : IFactExtractor
{
    // The alternatives of a period in order, and the words every one of them starts with ("vanaf" starts
    // with "van", "tot en met" with "tot").
    private static readonly AnchoredScan Periods = new(
        [FromTo(), Until(), Since(), HalfYear(), ForDuration()],
        ["(", "van", "periode", "tot", "t/m", "uiterlijk", "sinds", "met", "in", "voor", "een", "begrensd", "missieduur", "looptijd", "inzetduur", "duur"]);

    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        var letter = context.Identity.Date;
        foreach (var match in Periods.Matches(text))
        {
            var fact = match switch
            {
                _ when match.Groups["duration"].Success => Duration(match),
                _ when match.Groups["half"].Success => Half(match),
                _ => new PeriodFact(
                    match.Groups["from"].Success ? DutchDate.Parse(match.Groups["from"].Value, letter).GetValueOrDefault()?.Start : null,
                    match.Groups["to"].Success ? DutchDate.Parse(match.Groups["to"].Value, letter).GetValueOrDefault()?.End : null,
                    null,
                    null)
                { Quote = string.Empty },
            };
            if (fact is null || fact is { Start: null, End: null, Months: null, Days: null })
            {
                continue;
            }

            var span = new TextSpan(match.Index, match.Length);
            var sentence = Sentences.Around(context.Text, span.Start);
            if (!match.Groups["duration"].Success && !Deployment().IsMatch(sentence.Slice(text)))
            {
                continue; // a date range of events elsewhere ("misdaden sinds maart 2011") is no period of a deployment
            }

            yield return fact with
            {
                Quote = CitationBuilder.Quote(text, sentence),
                Citation = CitationBuilder.Cite(context, span),
            };
        }
    }

    private static PeriodFact? Duration(Match match)
    {
        var number = match.Groups["n"].Value;
        if (!DutchNumber.Parse(number).TryGetValue(out var n) || n <= 0 || n != decimal.Truncate(n))
        {
            return null;
        }

        var count = (int)n;
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "jaar" or "jaren" => Fact(months: count * 12),
            "maand" or "maanden" => Fact(months: count),
            "week" or "weken" => Fact(days: count * 7),
            "dag" or "dagen" => Fact(days: count),
            _ => null,
        };
    }

    private static PeriodFact? Half(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var first = match.Groups["half"].Value.Equals("eerste", StringComparison.OrdinalIgnoreCase);
        return new PeriodFact(new DateOnly(year, first ? 1 : 7, 1), new DateOnly(year, first ? 6 : 12, first ? 30 : 31), null, null) { Quote = string.Empty };
    }

    private static PeriodFact Fact(int? months = null, int? days = null) => new(null, null, months, days) { Quote = string.Empty };

    // Each behind \G: tried only where Periods puts it.
    [GeneratedRegex(
        @"\G(?:(?:\b(?:van|vanaf|periode)\s+|\()(?<from>" + DatePhrases.Pattern + @")\s+(?:tot\s+en\s+met|t/m|tot)\s+(?<to>" + DatePhrases.Pattern + @"))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex FromTo();

    [GeneratedRegex(
        @"\G\b(?:tot\s+en\s+met|t/m|tot(?:\s+in\s+ieder\s+geval)?|uiterlijk\s+tot)\s+(?<to>" + DatePhrases.Pattern + @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Until();

    [GeneratedRegex(
        @"\G\b(?:sinds|vanaf|met\s+ingang\s+van)\s+(?<from>" + DatePhrases.Pattern + @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Since();

    [GeneratedRegex(
        @"\G\bin\s+de\s+(?<half>eerste|tweede)\s+helft\s+van\s+(?<year>\d{4})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex HalfYear();

    [GeneratedRegex(
        @"\G\b(?<duration>voor\s+de\s+duur\s+van|(?:een\s+)?periode\s+van|begrensd\s+op|missieduur\s+van|looptijd\s+van|inzetduur\s+van|duur\s+van)\s+(?:" + Qualifiers.Words + @"\s+)?(?<n>" + QuantityPatterns.Number + @")\s+(?<unit>jaren|jaar|maanden|maand|weken|week|dagen|dag)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ForDuration();

    [GeneratedRegex(
        @"\b(?:Nederland|Nederlandse|inzet|ingezet|bijdrage\w*|missie\w*|mandaat|detachement|compagnie|militair\w*|deelname|deelneming|steunt|levert|verzorgt|uitgezonden|voortgezet|verlenging|verlengd|programma|operatie\w*|kabinet)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deployment();
}
