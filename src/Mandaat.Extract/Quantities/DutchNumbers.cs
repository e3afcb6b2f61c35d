using System.Globalization;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// Reads a number as Dutch prose writes it: digits with Dutch separators ("1.000", "19,5"; "1.5"
/// before a multiplier is a decimal), or compound number words ("zes", "vijftien",
/// "eenentwintig", "honderdtwintig", "tweehonderdvijftig", "tweeduizend"). Never throws.
/// </summary>
public static class DutchNumbers
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["nul"] = 0, ["een"] = 1, ["één"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7,
        ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14,
        ["vijftien"] = 15, ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twintig"] = 20, ["dertig"] = 30, ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70, ["tachtig"] = 80, ["negentig"] = 90,
    };

    /// <summary>Parses digits or number words. <paramref name="beforeMultiplier"/>: "1.5 miljoen" reads the point as a decimal.</summary>
    public static bool TryParse(string text, bool beforeMultiplier, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        if (s.Length == 0 || s.Length > 40)
        {
            return false;
        }

        return char.IsDigit(s[0]) ? TryParseDigits(s, beforeMultiplier, out value) : TryParseWords(s.ToLowerInvariant(), out value);
    }

    private static bool TryParseDigits(string s, bool beforeMultiplier, out decimal value)
    {
        value = 0;
        string normalized;
        if (s.Contains(',', StringComparison.Ordinal))
        {
            // Dutch: "." groups thousands, "," is the decimal sign.
            normalized = s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (beforeMultiplier && s.Count(c => c == '.') == 1 && s.Length - s.IndexOf('.') - 1 != 3)
        {
            normalized = s; // "1.5 miljoen": an English decimal point in a Dutch text
        }
        else
        {
            var groups = s.Split('.');
            if (groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }

            normalized = string.Concat(groups);
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseWords(string s, out decimal value)
    {
        value = 0;
        if (s is "anderhalf")
        {
            value = 1.5m;
            return true;
        }

        var result = ParseBelowMillion(s);
        if (result is null)
        {
            return false;
        }

        value = result.Value;
        return true;
    }

    private static int? ParseBelowMillion(string s)
    {
        var thousand = s.IndexOf("duizend", StringComparison.Ordinal);
        if (thousand >= 0)
        {
            var left = thousand == 0 ? 1 : ParseBelowThousand(s[..thousand]);
            var rest = s[(thousand + "duizend".Length)..];
            var right = rest.Length == 0 ? 0 : ParseBelowThousand(rest.StartsWith("en", StringComparison.Ordinal) && rest.Length > 2 && ParseBelowThousand(rest[2..]) is not null ? rest[2..] : rest);
            return left is null || right is null ? null : (left * 1000) + right;
        }

        return ParseBelowThousand(s);
    }

    private static int? ParseBelowThousand(string s)
    {
        var hundred = s.IndexOf("honderd", StringComparison.Ordinal);
        if (hundred >= 0)
        {
            var left = hundred == 0 ? 1 : ParseBelowHundred(s[..hundred]);
            var rest = s[(hundred + "honderd".Length)..];
            var right = rest.Length == 0 ? 0 : ParseBelowHundred(rest.StartsWith("en", StringComparison.Ordinal) && rest.Length > 2 && ParseBelowHundred(rest[2..]) is not null ? rest[2..] : rest);
            return left is null or 0 || right is null ? null : (left * 100) + right;
        }

        return ParseBelowHundred(s);
    }

    private static int? ParseBelowHundred(string s)
    {
        if (Units.TryGetValue(s, out var unit))
        {
            return unit;
        }

        if (Tens.TryGetValue(s, out var tens))
        {
            return tens;
        }

        // "eenentwintig", "tweeëntwintig", "vierendertig": unit + "en"/"ën" + tens.
        foreach (var (word, value) in Tens)
        {
            if (!s.EndsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            var head = s[..^word.Length];
            foreach (var joiner in new[] { "en", "ën" })
            {
                if (head.EndsWith(joiner, StringComparison.Ordinal) && Units.TryGetValue(head[..^joiner.Length], out var u) && u is > 0 and < 10)
                {
                    return value + u;
                }
            }
        }

        return null;
    }
}
