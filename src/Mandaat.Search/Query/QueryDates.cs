using System.Globalization;

namespace Mandaat.Search.Query;

/// <summary>
/// Dates as users type them in filters: "2020-05-31", "2020-05" or "2020". A month or year means its
/// first day for a start and its last day for an end, so "to:2020" includes all of 2020.
/// </summary>
public static class QueryDates
{
    public static bool TryParse(string? value, bool end, out DateOnly date)
    {
        date = default;
        var text = value?.Trim() ?? string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = end ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1800)
        {
            date = end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        return false;
    }
}
