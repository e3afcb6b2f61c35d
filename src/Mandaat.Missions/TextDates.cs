using System.Text.RegularExpressions;
using Mandaat.Dutch;

namespace Mandaat.Missions;

/// <summary>
/// Where the dates a text cites place it, for a paper that prints no date of its own (a web copy, a bulletin, a
/// party's page): the latest whole day it cites ("12 maart 2013", "12-03-2013"), else 1 July of the latest year its
/// months and years name ("februari 2014", "eind 2016", "in 2015"). The latest rather than the median, as the
/// register places a paper after the latest paper it cites: a paper recounts what went before it ("EUFOR, opgericht
/// in 2004, komt voort uit de Stabilization Force. Deze vredesmacht nam in 1996 de plaats in van IFOR" in a release
/// of 2007) far more than it looks ahead, and the end of a mandate it looks ahead to is still inside that mission.
/// Candidates are found with <see cref="DutchPatterns.Date"/> and read by <see cref="DutchDate"/>, the date grammar
/// every extractor uses; a phrase without a printed year ("1 december a.s.") is never read, as nothing dates it.
/// </summary>
public static partial class TextDates
{
    /// <summary>Years outside this span are table cells or numbers, not dates a deployment paper cites.</summary>
    private const int FirstYear = 1900;

    private const int LastYear = 2199;

    /// <summary>Enough dates to place a paper; a very long text is not read to its end for them.</summary>
    private const int MostCandidates = 500;

    /// <summary>The date the text's own dates place it at, or null when it cites none with a year.</summary>
    public static DateOnly? Infer(string text)
    {
        var (day, year) = Latest(text);
        return day ?? (year is { } y ? new DateOnly(y, 7, 1) : null);
    }

    /// <summary>
    /// The latest whole day the text cites, or null: what the register may show, marked inferred, as an undated paper's
    /// place in a timeline of days. A year alone tells missions years apart, but would misplace a paper among letters.
    /// </summary>
    public static DateOnly? LatestDay(string text) => Latest(text).Day;

    private static (DateOnly? Day, int? Year) Latest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateOnly? day = null;
        int? year = null;
        foreach (var match in Candidate().Matches(text).Take(MostCandidates))
        {
            var phrase = DutchDate.Parse(match.Value);
            if (!phrase.Success || phrase.Value.YearFromReference || phrase.Value.Start.Year is < FirstYear or > LastYear)
            {
                continue;
            }

            if (phrase.Value.Precision == DatePrecision.Day)
            {
                day = day is { } d && d >= phrase.Value.Start ? d : phrase.Value.Start;
            }
            else
            {
                year = Math.Max(year ?? int.MinValue, phrase.Value.Start.Year);
            }
        }

        return (day, year);
    }

    // A date phrase of the grammar, or a year after a preposition ("in 2014", "sinds 2011"): a bare four-digit
    // number is as often a count ("2000 militairen") as a year.
    [GeneratedRegex(DutchPatterns.Date + @"|(?<=\b(?:in|sinds|vanaf|sedert)\s+)\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
