using System.Globalization;
using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// Numbers in digits as Dutch prints them: a dot groups thousands ("1.000", "2.200"), a comma marks
/// the decimals ("19,5"). A dot followed by anything but groups of exactly three digits is read as a
/// decimal point, because letters also print "1.5 miljoen" and "1.5" cannot be a thousands group.
/// </summary>
public static partial class DutchDigits
{
    /// <summary>Reads "1.000", "19,5", "2200", "1.5", "1.000,-" into a number.</summary>
    public static ParseResult<decimal> Parse(string? text)
    {
        var cleaned = Phrase.Clean(text);
        var match = Number().Match(cleaned);
        if (!match.Success)
        {
            return ParseResult<decimal>.ForError($"'{text}' is not a number in digits");
        }

        var whole = match.Groups["whole"].Value;
        var fraction = match.Groups["fraction"].Value;
        if (match.Groups["grouped"].Success)
        {
            whole = whole.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        var invariant = fraction.Length > 0 ? whole + "." + fraction : whole;
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? ParseResult<decimal>.ForValue(value)
            : ParseResult<decimal>.ForError($"'{text}' is too large");
    }

    // Either thousands grouped by dots with an optional comma fraction, or plain digits with a comma
    // fraction, or plain digits with a point fraction that is not a thousands group. A trailing ",-"
    // is the money notation for "no cents".
    [GeneratedRegex(@"^(?:(?<whole>(?<grouped>\d{1,3}(?:\.\d{3})+))(?:,(?<fraction>\d+))?|(?<whole>\d+)(?:,(?<fraction>\d+))?|(?<whole>\d+)\.(?<fraction>\d{1,2}|\d{4,}))(?:,-{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
