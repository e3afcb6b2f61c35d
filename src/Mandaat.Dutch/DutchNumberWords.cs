namespace Mandaat.Dutch;

/// <summary>
/// Dutch whole numbers written in words, both ways. Reading accepts every compound below a million
/// ("eenentwintig", "tweeëntwintig" also without the trema, "honderdtwintig", "vijftienhonderd",
/// "tweeduizend vijfhonderd" with or without the space after "duizend"); larger numbers with
/// "miljoen" and "miljard" are read by <see cref="DutchNumber"/>. Writing follows the Taalunie
/// spelling: one word up to "duizend", a space after it, "miljoen" and "miljard" as separate words.
/// </summary>
public static class DutchNumberWords
{
    private static readonly string[] Units = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];

    private static readonly string[] Teens =
        ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];

    private static readonly string[] Tens =
        ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

    /// <summary>Reads a number word below a million: "honderdtwintig" → 120.</summary>
    public static ParseResult<long> Parse(string? text)
    {
        var cleaned = Phrase.Clean(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length == 0)
        {
            return ParseResult<long>.ForError("empty number word");
        }

        var tokens = NumberWordLexer.Lex(cleaned);
        if (tokens is null)
        {
            return ParseResult<long>.ForError($"'{text}' contains a part that is not a number word");
        }

        var value = NumberWordParser.Parse(tokens);
        return value is null
            ? ParseResult<long>.ForError($"'{text}' is not a well-formed Dutch number word")
            : ParseResult<long>.ForValue(value.Value);
    }

    /// <summary>Writes 0 to 999 999 999 999 in words: 250 → "tweehonderdvijftig".</summary>
    public static string Write(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 999_999_999_999);
        if (value == 0)
        {
            return "nul";
        }

        var parts = new List<string>();
        var billions = value / 1_000_000_000;
        var millions = value / 1_000_000 % 1000;
        var rest = value % 1_000_000;
        if (billions > 0)
        {
            parts.Add(BelowThousand(billions) + " miljard");
        }

        if (millions > 0)
        {
            parts.Add(BelowThousand(millions) + " miljoen");
        }

        if (rest > 0)
        {
            parts.Add(BelowMillion(rest));
        }

        return string.Join(' ', parts);
    }

    private static string BelowMillion(long value)
    {
        var thousands = value / 1000;
        var rest = value % 1000;
        if (thousands == 0)
        {
            return BelowThousand(rest);
        }

        var head = (thousands == 1 ? string.Empty : BelowThousand(thousands)) + "duizend";
        return rest == 0 ? head : head + " " + BelowThousand(rest);
    }

    private static string BelowThousand(long value)
    {
        var hundreds = value / 100;
        var rest = value % 100;
        if (hundreds == 0)
        {
            return BelowHundred(rest);
        }

        var head = (hundreds == 1 ? string.Empty : Units[hundreds]) + "honderd";
        return rest == 0 ? head : head + BelowHundred(rest);
    }

    private static string BelowHundred(long value)
    {
        if (value < 10)
        {
            return Units[value];
        }

        if (value < 20)
        {
            return Teens[value - 10];
        }

        var unit = value % 10;
        if (unit == 0)
        {
            return Tens[value / 10];
        }

        // The trema marks a new syllable after a vowel: "tweeëntwintig", "drieëndertig".
        var unitWord = Units[unit];
        var joint = unitWord.EndsWith('e') ? "ën" : "en";
        return unitWord + joint + Tens[value / 10];
    }
}
