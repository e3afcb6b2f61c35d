using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// A Dutch amount as a phrase: digits or words, fractions ("anderhalf", "een half", "tweeënhalf"),
/// and multipliers ("miljoen", "mln", "miljard", "mld", "mrd", "duizend"). "19,5 miljoen" is
/// 19 500 000, "twee miljoen driehonderdduizend" 2 300 000, "1.5 miljoen" 1 500 000. No qualifier,
/// no currency, no range: those are read by <see cref="DutchQuantity"/> and <see cref="DutchMoney"/>.
/// </summary>
public static partial class DutchNumber
{
    /// <summary>Reads one amount: "honderdtwintig", "19,5 miljoen", "anderhalf", "EUR"-free "3 mln".</summary>
    public static ParseResult<decimal> Parse(string? text)
    {
        var cleaned = DigitLetterJoint().Replace(Phrase.Clean(text), " ");
        if (cleaned.Length == 0)
        {
            return ParseResult<decimal>.ForError("empty number");
        }

        decimal total = 0;
        decimal? group = null;
        var words = new List<string>();
        var sawScale = false;
        foreach (var token in cleaned.Split(' '))
        {
            if (Scale(token) is { } scale)
            {
                if (!Flush(words, ref group, out var error))
                {
                    return ParseResult<decimal>.ForError(error);
                }

                // Beyond a trillion euro a "number" is a misread table cell, and decimal would overflow.
                if ((group ?? 1) > Largest / scale)
                {
                    return ParseResult<decimal>.ForError($"'{text}' is too large");
                }

                total += (group ?? 1) * scale;
                group = null;
                sawScale = true;
                continue;
            }

            if (words.Count == 0 && group is null && Fraction(token) is { } fraction)
            {
                group = fraction;
                continue;
            }

            if (token == "half" || token == "halve")
            {
                if (group is null && (words.Count == 0 || (words.Count == 1 && words[0] == "een")))
                {
                    words.Clear();
                    group = 0.5m;
                    continue;
                }

                return ParseResult<decimal>.ForError($"'{text}': 'half' after a number");
            }

            if (char.IsAsciiDigit(token[0]))
            {
                if (group is not null || words.Count > 0)
                {
                    return ParseResult<decimal>.ForError($"'{text}': two numbers in a row");
                }

                var digits = DutchDigits.Parse(token);
                if (!digits.Success || digits.Value > Largest)
                {
                    return ParseResult<decimal>.ForError(digits.Error ?? $"'{text}' is too large");
                }

                group = digits.Value;
                continue;
            }

            if (group is not null)
            {
                return ParseResult<decimal>.ForError($"'{text}': a word after a number");
            }

            words.Add(token);
        }

        if (!Flush(words, ref group, out var lastError))
        {
            return ParseResult<decimal>.ForError(lastError);
        }

        return group is null && !sawScale
            ? ParseResult<decimal>.ForError($"'{text}' holds no number")
            : ParseResult<decimal>.ForValue(total + (group ?? 0));
    }

    private const decimal Largest = 1_000_000_000_000_000m;

    /// <summary>The value of a multiplier word, or null: "miljoen" → 1 000 000.</summary>
    internal static decimal? Scale(string token) => token.TrimEnd('.') switch
    {
        "duizend" => 1_000m,
        "miljoen" or "mln" => 1_000_000m,
        "miljard" or "mld" or "mrd" => 1_000_000_000m,
        _ => null,
    };

    /// <summary>Fractions written as one word: "anderhalf" 1.5, "tweeënhalf" 2.5.</summary>
    private static decimal? Fraction(string token)
    {
        if (token is "anderhalf" or "anderhalve")
        {
            return 1.5m;
        }

        foreach (var suffix in (string[])["ënhalf", "enhalf", "ënhalve", "enhalve"])
        {
            if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                var whole = DutchNumberWords.Parse(token[..^suffix.Length]);
                return whole.Success ? whole.Value + 0.5m : null;
            }
        }

        return null;
    }

    private static bool Flush(List<string> words, ref decimal? group, out string error)
    {
        error = string.Empty;
        if (words.Count == 0)
        {
            return true;
        }

        var parsed = DutchNumberWords.Parse(string.Join(' ', words));
        words.Clear();
        if (!parsed.Success)
        {
            error = parsed.Error!;
            return false;
        }

        group = parsed.Value;
        return true;
    }

    // "3mln" and "19,5mld" are printed without a space; the grammar reads them as two tokens.
    [GeneratedRegex(@"(?<=\d)(?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitLetterJoint();
}
