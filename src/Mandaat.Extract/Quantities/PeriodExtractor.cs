using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Scanning;
using Mandaat.Core.Text;
using Mandaat.Dutch;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Periods and durations of deployments, contributions and mandates, once per mention: "tot en met
/// 31 december 2023", "van medio februari tot eind juni 2010", "sinds 30 januari 2017", "loopt eind 2016
/// af", "in de tweede helft van 2017", "voor de duur van maximaal een jaar" (12 months), "gedurende
/// ongeveer 40 dagen" after a duration word. A bare year or a range of bare years is not a period, a
/// number of months without a duration word ("zal zes maanden duren") is not stated as one, and the
/// period a letter reports on ("informeert u over … in de periode van mei tot oktober") is none either.
/// One phrase that gives both a duration and its dates ("voor de duur van één jaar, van oktober 2025 tot
/// en met 1 oktober 2026") is one fact.
/// </summary>
public sealed partial class PeriodExtractor : IFactExtractor
{
    private static readonly AnchoredScan Periods = new(PeriodPatterns.All, PeriodPatterns.Starts, startsWithDigit: true);

    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        var found = new List<PeriodMention>();
        foreach (var match in Periods.Matches(text))
        {
            if (Read(match, context.Identity.Date) is not { } fact || fact is { Start: null, End: null, Months: null, Days: null })
            {
                continue;
            }

            var span = new TextSpan(match.Index, match.Length);
            var sentence = Sentences.Around(context.Text, span.Start);
            // An extension may be of anything ("de parlementaire zitting met een jaar te verlengen"); a duration
            // in a frame of its own ("voor de duur van") is a deployment's.
            var framed = match.Groups["duration"].Success && !match.Groups["extension"].Success;
            if (!framed && !IsDeploymentPeriod(text, sentence, span))
            {
                continue;
            }

            found.Add(new PeriodMention(fact, span, sentence));
        }

        foreach (var mention in PeriodMention.Merge(found, text))
        {
            yield return mention.Fact with
            {
                Quote = CitationBuilder.Quote(text, mention.Sentence),
                Citation = CitationBuilder.Cite(context, mention.Span),
            };
        }
    }

    private static PeriodFact? Read(Match match, DateOnly? letter)
    {
        if (match.Groups["duration"].Success)
        {
            return Duration(match);
        }

        if (match.Groups["half"].Success)
        {
            return Half(match);
        }

        var from = match.Groups["from"];
        var to = match.Groups["to"];
        if (from.Success && to.Success)
        {
            // The grammar lends the start what Dutch leaves off it: "van medio februari tot eind juni 2010".
            var period = DutchPeriod.Parse($"van {from.Value} tot en met {to.Value}", letter).GetValueOrDefault();
            return period is null || period.Start is null || period.End is null || period.Start > period.End
                ? null
                : new PeriodFact(period.Start, period.End, null, null) { Quote = string.Empty };
        }

        return new PeriodFact(
            from.Success ? DutchDate.Parse(from.Value, letter).GetValueOrDefault()?.Start : null,
            to.Success ? DutchDate.Parse(to.Value, letter).GetValueOrDefault()?.End : null,
            null,
            null)
        { Quote = string.Empty };
    }

    private static bool IsDeploymentPeriod(string text, TextSpan sentence, TextSpan span)
    {
        var words = sentence.Slice(text);
        if (!Deployment().IsMatch(words) && !AssetNouns.Named().IsMatch(words))
        {
            // A date range of events elsewhere ("misdaden sinds maart 2011") is no period of a deployment; a
            // platform named beside it ("• Een KDC-10 tankvliegtuig (tot 4 april)") is one deployed.
            return false;
        }

        // "Met deze brief informeert het kabinet u over … in de periode van mei tot oktober 2014": the period
        // the letter covers, not that of a deployment.
        var before = text.AsSpan(sentence.Start, span.Start - sentence.Start);
        return !(ReportedPeriod().IsMatch(before) && Informs().IsMatch(words));
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

    [GeneratedRegex(
        @"\b(?:Nederland|Nederlandse|inzet|ingezet|bijdrage\w*|missie\w*|mandaat|detachement|compagnie|militair\w*|deelname|deelneming|steunt|levert|verzorgt|uitgezonden|voortgezet|verlenging|verlengd|aanwezigheid|programma|operatie\w*|kabinet)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deployment();

    [GeneratedRegex(@"\bin\s+de\s+(?:periode\s+(?:van\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedPeriod();

    [GeneratedRegex(@"\binformee?r\p{L}*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Informs();
}
