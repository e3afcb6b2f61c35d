using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// A number with its qualifier and an optional range: "maximaal 250", "ca. 100 tot 150",
/// "zes tot twaalf", "100 à 150", "tussen de 10 en 20", "1 tot 1,5 miljoen". A multiplier printed
/// only after the upper end applies to both ends, as Dutch leaves it off the first.
/// </summary>
public static partial class DutchQuantity
{
    public static ParseResult<Quantity> Parse(string? text)
    {
        var (qualifier, rest) = DutchQualifier.SplitLeading(Phrase.Clean(text));
        if (rest.Length == 0)
        {
            return ParseResult<Quantity>.ForError($"'{text}' holds no number");
        }

        var between = Between().Match(rest);
        var range = between.Success ? between : Range().Match(rest);
        if (!range.Success)
        {
            return DutchNumber.Parse(rest).Select(value => new Quantity(value, null, qualifier));
        }

        return ReadRange(text, qualifier, range.Groups["low"].Value, range.Groups["high"].Value);
    }

    private static ParseResult<Quantity> ReadRange(string? text, Qualifier qualifier, string lowText, string highText)
    {
        // "circa 5 tot circa 10": a second hedge on the upper end says nothing new.
        var (_, highRest) = DutchQualifier.SplitLeading(highText);
        var high = DutchNumber.Parse(highRest);
        var low = DutchNumber.Parse(lowText);
        if (!high.Success || !low.Success)
        {
            return ParseResult<Quantity>.ForError($"'{text}': {low.Error ?? high.Error}");
        }

        var lowValue = low.Value;
        var highScale = DutchNumber.Scale(highRest[(highRest.LastIndexOf(' ') + 1)..]);
        if (highScale is not null && !lowText.Split(' ').Any(t => DutchNumber.Scale(t) is not null))
        {
            lowValue *= highScale.Value;
        }

        // "tot" between two numbers joins a range; a qualifier "tot" was already split off the front.
        return lowValue <= high.Value
            ? ParseResult<Quantity>.ForValue(new Quantity(lowValue, high.Value, qualifier))
            : ParseResult<Quantity>.ForError($"'{text}': the lower end is above the upper end");
    }

    [GeneratedRegex(@"^tussen (?:de )?(?<low>.+?) en (?<high>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"^(?:van )?(?<low>.+?)(?: tot(?: en met)? | [àáa] |\s?-\s?)(?<high>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Range();
}
