namespace Mandaat.Extract.Quantities;

/// <summary>
/// Where a period extractor looks for a date: a day, a month with its year, or begin/medio/eind of a
/// month or year, never a bare year (FORMAT.md). <see cref="Mandaat.Dutch.DutchDate"/> reads what it finds.
/// </summary>
public static class DatePhrases
{
    /// <summary>A regex fragment for a month name or its abbreviation.</summary>
    public const string MonthPattern = @"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\.|feb\.|febr\.|mrt\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept\.|okt\.|nov\.|dec\.)";

    // "sinds zaterdag 19 maart 2011": a letter may name the weekday before the day.
    private const string Weekday = @"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?";

    // "1 december a.s.", "30 november aanstaande", "9 september jl.": the year is the letter's.
    private const string Relative = @"(?:a\.\s?s\.|aanstaande|jl\.|j\.l\.|jongstleden)";

    private const string Modifier = @"(?:begin|medio|midden|half|eind|einde)";

    /// <summary>A date, a month with its year, or begin/medio/eind of a month or year; not a bare year.</summary>
    public const string Pattern =
        @"(?:" + Weekday + @"\d{1,2}\s+" + MonthPattern + @"\s+(?:\d{4}|" + Relative + @")|" + Modifier + @"\s+(?:" + MonthPattern + @"\s+)?(?:\d{4}|" + Relative + @")|" + MonthPattern + @"\s+\d{4})";

    /// <summary>
    /// An end that may leave its year to the letter ("tot 4 april" in a letter of March 2011): a
    /// <see cref="Pattern"/>, or a day of a month printed without a year.
    /// </summary>
    public const string End = @"(?:" + Pattern + @"|" + Weekday + @"\d{1,2}\s+" + MonthPattern + @"(?!\s*\d))";

    /// <summary>
    /// The start of a range, which Dutch prints without what the end supplies: "van medio februari tot
    /// eind juni 2010", "van mei tot en met juli 2024", "van 1 tot en met 15 mei 2024".
    /// </summary>
    public const string Start =
        @"(?:" + Pattern + @"|" + Weekday + @"\d{1,2}\s+" + MonthPattern + @"|" + Modifier + @"\s+" + MonthPattern + @"|" + MonthPattern + @"|\d{1,2})";
}
