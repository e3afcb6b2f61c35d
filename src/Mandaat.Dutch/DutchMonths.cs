namespace Mandaat.Dutch;

/// <summary>Dutch month names and the abbreviations letters and tables use ("sept.", "okt.", "mrt").</summary>
public static class DutchMonths
{
    /// <summary>
    /// A regex fragment for a month name or abbreviation (no groups, lower case; compile with
    /// IgnoreCase). Longest alternatives first so "september" is not cut to "sep".
    /// </summary>
    public const string Pattern =
        @"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|sept|febr|jan|feb|mrt|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec)\.?";

    private static readonly string[] Names =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>The month number 1–12, or null: "sept." → 9, "Oktober" → 10.</summary>
    public static int? Parse(string? text)
    {
        var cleaned = Phrase.Clean(text).TrimEnd('.');
        return cleaned switch
        {
            "januari" or "jan" => 1,
            "februari" or "febr" or "feb" => 2,
            "maart" or "mrt" or "mar" => 3,
            "april" or "apr" => 4,
            "mei" => 5,
            "juni" or "jun" => 6,
            "juli" or "jul" => 7,
            "augustus" or "aug" => 8,
            "september" or "sept" or "sep" => 9,
            "oktober" or "okt" or "oct" => 10,
            "november" or "nov" => 11,
            "december" or "dec" => 12,
            _ => null,
        };
    }

    /// <summary>The full name of month 1–12: 5 → "mei".</summary>
    public static string Name(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Names[month - 1];
    }
}
