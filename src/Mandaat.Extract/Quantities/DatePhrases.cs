namespace Mandaat.Extract.Quantities;

/// <summary>
/// Where a period extractor looks for a date: a day, a month with its year, or begin/medio/eind of a
/// month or year, never a bare year (FORMAT.md). <see cref="Mandaat.Dutch.DutchDate"/> reads what it finds.
/// </summary>
public static class DatePhrases
{
    /// <summary>A regex fragment for a month name or its abbreviation.</summary>
    public const string MonthPattern = @"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\.|feb\.|febr\.|mrt\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept\.|okt\.|nov\.|dec\.)";

    /// <summary>A date, a month with its year, or begin/medio/eind of a month or year; not a bare year.</summary>
    public const string Pattern =
        @"(?:\d{1,2}\s+" + MonthPattern + @"\s+(?:\d{4}|jl\.|a\.s\.)|(?:begin|medio|midden|half|eind|einde)\s+(?:" + MonthPattern + @"\s+)?(?:\d{4}|jl\.|a\.s\.)|" + MonthPattern + @"\s+\d{4})";
}
