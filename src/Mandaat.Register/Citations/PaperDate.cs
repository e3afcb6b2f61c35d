using System.Globalization;

namespace Mandaat.Register.Citations;

/// <summary>
/// The full dates papers are cited with ("24 september 2014"): a day, a Dutch month name and a year.
/// A month or season alone never dates a paper, so it is not read here.
/// </summary>
public static class PaperDate
{
    public const string Pattern = @"\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static DateOnly? Parse(string phrase) =>
        DateOnly.TryParseExact(
            string.Join(' ', phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            "d MMMM yyyy",
            Dutch,
            DateTimeStyles.None,
            out var date) ? date : null;
}
