using System.Text.RegularExpressions;
using Mandaat.Core.Text;
using Mandaat.Dutch;

namespace Mandaat.Identify;

/// <summary>
/// The date the paper gives itself near its top: "Den Haag, 10 september 2014", a letterhead's
/// "Datum 28 oktober 2022", a publication's "Ontvangen …", a report's "Vastgesteld …", a motie's
/// "Voorgesteld …". A date elsewhere in the text is an event, not the paper's date.
/// </summary>
public static partial class LetterDateReader
{
    private const int HeaderWindow = 2500;

    public static (DateOnly Date, TextSpan Span)? Read(string text)
    {
        var match = DateLine().Match(text[..Math.Min(text.Length, HeaderWindow)]);
        if (!match.Success || !DutchDate.Parse(match.Groups["date"].Value).TryGetValue(out var phrase) || !phrase.IsDay)
        {
            return null;
        }

        return (phrase.Start, new TextSpan(match.Index, match.Length));
    }

    [GeneratedRegex(
        @"(?:^|\n)\s*(?:(?:’s-Gravenhage|'s-Gravenhage|Den\s+Haag),|Datum|Ontvangen|Vastgesteld|Voorgesteld|Gedateerd)\s+(?<date>\d{1,2}\s+\p{L}+\.?\s+\d{4})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();
}
