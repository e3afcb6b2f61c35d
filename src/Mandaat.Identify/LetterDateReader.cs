using System.Text.RegularExpressions;
using Mandaat.Dutch;

namespace Mandaat.Identify;

/// <summary>
/// The paper's own date, from the lines that print it: "Den Haag, 10 september 2014" under a letter's
/// address, the "Datum 28 oktober 2022" of a ministry letterhead, and a publication's "Ontvangen …"
/// or "Vastgesteld …" line, a motie's "Voorgesteld …" line. Dates in the body (of debates, earlier letters) are never taken. Only a
/// whole day counts: a letter is dated to the day.
/// </summary>
internal static partial class LetterDateReader
{
    public static DateOnly? Read(string source)
    {
        // In order of how surely the line is the paper's own date.
        foreach (var regex in (Regex[])[DenHaag(), DatumLabel(), Received()])
        {
            foreach (Match match in regex.Matches(source))
            {
                var date = DutchDate.Parse(match.Groups["date"].Value);
                if (date.Success && date.Value.IsDay && date.Value.Precision == DatePrecision.Day)
                {
                    return date.Value.Start;
                }
            }
        }

        return null;
    }

    private const string Date = @"(?<date>\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})";

    [GeneratedRegex(@"^[ \t]*(?:’s-Gravenhage|'s-Gravenhage|Den Haag),[ \t]*" + Date, RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DenHaag();

    [GeneratedRegex(@"^[ \t]*Datum:?[ \t]+" + Date, RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DatumLabel();

    [GeneratedRegex(@"^[ \t]*(?:Ontvangen|Vastgesteld|Voorgesteld)[ \t]+" + Date, RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Received();
}
