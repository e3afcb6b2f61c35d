using System.Globalization;
using System.Text.RegularExpressions;
using Mandaat.Dutch;

namespace Mandaat.Identify;

/// <summary>
/// The paper's own date, from the lines that print it: "Den Haag, 10 september 2014" under a letter's
/// address, the "Datum 28 oktober 2022" of a ministry letterhead, and a publication's "Ontvangen …"
/// or "Vastgesteld …" line, a motie's "Voorgesteld …" line; then, in the head only, the forms copies give
/// it: the place and date run into the lines around them, a date alone on a line ("13-03-2009",
/// "Kamerbrief | 23 maart 2010"), a letterhead row whose reference code and date were merged
/// ("DVB/CV-388/05 22 december 2005"), a site's ISO date ("datum: 2021-11-11"), an answer's "(ontvangen …)",
/// and a "Datum …" or "Vastgesteld …" label a copy ran into the lines around it.
/// Dates in the body (of debates, earlier letters) are never taken. Only a whole day counts: a letter is
/// dated to the day.
/// </summary>
internal static partial class LetterDateReader
{
    /// <summary>How much of the text the head's looser forms are looked for in.</summary>
    private const int HeadLength = 1_500;

    public static DateOnly? Read(string source)
    {
        var head = source[..Math.Min(source.Length, HeadLength)];
        // In order of how surely the line is the paper's own date.
        (Regex Rule, string Text)[] rules =
        [
            (DenHaag(), source), (DatumLabel(), source), (Received(), source),
            (DenHaagInLine(), head), (DateLine(), head), (ReferenceAndDate(), head), (Answered(), head), (LabelInLine(), head),
        ];
        foreach (var (rule, text) in rules)
        {
            foreach (Match match in rule.Matches(text))
            {
                if (Day(match.Groups["date"].Value) is { } day)
                {
                    return day;
                }
            }
        }

        return null;
    }

    private static DateOnly? Day(string printed)
    {
        if (DateOnly.TryParseExact(printed, ["d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var numeric))
        {
            return numeric;
        }

        var date = DutchDate.Parse(printed);
        return date.Success && date.Value.IsDay && date.Value.Precision == DatePrecision.Day ? date.Value.Start : null;
    }

    private const string Date = @"(?<date>\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})";

    private const string AnyDate = @"(?<date>\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2})";

    [GeneratedRegex(@"^[ \t]*(?:’s-Gravenhage|'s-Gravenhage|Den Haag),[ \t]*" + Date, RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DenHaag();

    // "Datum 16 november 1999", also after another letterhead field on the same line ("Ons nummer D99003612 ; Datum …").
    [GeneratedRegex(@"(?:^[ \t]*|;[ \t]*)Datum:?[ \t]+" + Date, RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DatumLabel();

    [GeneratedRegex(@"^[ \t]*(?:Ontvangen|Vastgesteld|Voorgesteld|Beantwoord)[ \t]+" + Date, RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Received();

    [GeneratedRegex(@"(?:’s-Gravenhage|'s-Gravenhage|Den Haag),[ \t]*" + Date + @"(?![ \t]*[-–])", RegexOptions.CultureInvariant)]
    private static partial Regex DenHaagInLine();

    // A date alone on a line, or as the first or last cell of a site's row: "13-03-2009", "04-07-2008 | Kamerstuk | …",
    // "Kamerbrief | 23 maart 2010", a site's "Datum 2025-10-01." or "…, datum: 2021-11-11, …".
    [GeneratedRegex(@"^[ \t]*(?:[\p{L} ]{1,30}[ \t]*\|[ \t]*)?" + AnyDate + @"[ \t]*(?:\|.*)?\.?\r?$|\bdatum:?[ \t]+(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    // A ministry letterhead whose reference code and date ran together: "DVB/CV-388/05 22 december 2005".
    [GeneratedRegex(@"^[ \t]*[A-Z]{2,6}[ \t]*/[ \t]*[A-Z0-9][A-Z0-9 -]{0,10}/\d{2,4}[ \t]+" + Date + @"[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceAndDate();

    // A copy that ran the letterhead or a report's head into one line keeps the label before the date: "… Postbus
    // Nederland Datum 5 november 2021 Betreft …", "… Nr. 253 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 18 augustus 2014 De …".
    [GeneratedRegex(@"\b(?:Datum|Vastgesteld):?[ \t]+" + Date + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex LabelInLine();

    // The answer to Kamervragen: "Antwoord van Minister … (ontvangen 30 november 2016)".
    [GeneratedRegex(@"\(ontvangen[ \t]+" + Date + @"\)", RegexOptions.CultureInvariant)]
    private static partial Regex Answered();
}
