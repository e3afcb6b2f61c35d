using System.Globalization;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Reads Dutch date phrases as the first or last day they can mean (FORMAT.md): "31 december 2023",
/// "mei 2023" (1 May as a start, 31 May as an end), "begin 2017", "medio februari 2016" (the 15th),
/// "medio 2016" (1 July), "eind 2016" (31 December), "9 september jl." (year from the letter's date).
/// Never throws; a phrase it cannot place gives null.
/// </summary>
public static class DutchDates
{
    /// <summary>A regex fragment for a month name or its abbreviation.</summary>
    public const string MonthPattern = @"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\.|feb\.|febr\.|mrt\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept\.|okt\.|nov\.|dec\.)";

    /// <summary>A date, a month with its year, or begin/medio/eind of a month or year; not a bare year.</summary>
    public const string DatePattern =
        @"(?:\d{1,2}\s+" + MonthPattern + @"\s+(?:\d{4}|jl\.|a\.s\.)|(?:begin|medio|midden|half|eind|einde)\s+(?:" + MonthPattern + @"\s+)?(?:\d{4}|jl\.|a\.s\.)|" + MonthPattern + @"\s+\d{4})";

    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public enum Edge
    {
        Start,
        End,
    }

    public static DateOnly? Parse(string phrase, Edge edge, DateOnly? letterDate)
    {
        var words = phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        int? year = Year(words[^1], letterDate);
        if (year is null)
        {
            return null;
        }

        var y = year.Value;
        var rest = words[..^1];
        int? day = rest.Length > 0 && int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
        var month = rest.Select(Month).FirstOrDefault(m => m is not null);
        var modifier = rest.Length > 0 && day is null && Month(rest[0]) is null ? rest[0] : null;

        try
        {
            return (modifier, month, day) switch
            {
                (null, { } m, { } dd) => new DateOnly(y, m, dd),
                (null, { } m, null) => edge == Edge.Start ? new DateOnly(y, m, 1) : new DateOnly(y, m, DateTime.DaysInMonth(y, m)),
                ("begin", { } m, _) => new DateOnly(y, m, 1),
                ("begin", null, _) => new DateOnly(y, 1, 1),
                ("medio" or "midden" or "half", { } m, _) => new DateOnly(y, m, 15),
                ("medio" or "midden" or "half", null, _) => new DateOnly(y, 7, 1),
                ("eind" or "einde", { } m, _) => new DateOnly(y, m, DateTime.DaysInMonth(y, m)),
                ("eind" or "einde", null, _) => new DateOnly(y, 12, 31),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // "31 februari": printed, but no day
        }
    }

    private static int? Year(string word, DateOnly? letterDate) =>
        word is "jl." or "a.s." ? letterDate?.Year
        : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1800 and < 2200 ? y
        : null;

    private static int? Month(string word)
    {
        var w = word.TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i] == w || (w.Length >= 3 && MonthNames[i].StartsWith(w, StringComparison.Ordinal)) || (w == "mrt" && i == 2) || (w == "okt" && i == 9))
            {
                return i + 1;
            }
        }

        return null;
    }
}
