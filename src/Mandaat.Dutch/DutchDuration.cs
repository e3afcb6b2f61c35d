using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// A stated duration with its frame: "twaalf maanden", "zes weken", "voor de duur van maximaal een
/// jaar", "een periode van drie maanden", "circa 13 maanden", "zes tot twaalf maanden", "anderhalf
/// jaar", "een half jaar". Here "een" is a count: "een jaar" is twelve months.
/// </summary>
public static partial class DutchDuration
{
    public static ParseResult<Duration> Parse(string? text)
    {
        var match = Shape().Match(Phrase.Clean(text));
        if (!match.Success)
        {
            return ParseResult<Duration>.ForError($"'{text}' is not a duration");
        }

        var unit = match.Groups["unit"].Value switch
        {
            var u when u.StartsWith("dag", StringComparison.Ordinal) => DurationUnit.Day,
            var u when u.StartsWith('w') => DurationUnit.Week,
            var u when u.StartsWith('m') => DurationUnit.Month,
            _ => DurationUnit.Year,
        };
        return DutchQuantity.Parse(match.Groups["amount"].Value)
            .Select(q => new Duration(q.Value, q.Max, unit, q.Qualifier));
    }

    // The frames of the genre before the amount, then the amount, then the unit. The amount itself is
    // read by DutchQuantity, so every qualifier and range it knows works here too.
    [GeneratedRegex(@"^(?:(?:voor|gedurende|met) )?(?:(?:de|een) (?:maximale )?(?:duur|periode|termijn|looptijd|missieduur) van )?(?<amount>.+?) (?<unit>dagen|dag|weken|week|maanden|maand|mnd\.?|jaren|jaar|jr\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
