using System.Text.RegularExpressions;

namespace Mandaat.Core.Documents;

/// <summary>
/// Normalises a dossier number as printed: digit groups joined ("27 925", and the misprint "279 25",
/// give "27925"), a printed suffix kept after a hyphen ("35 570 X" → "35570-X", "21 501-02" → "21501-02").
/// </summary>
public static partial class DossierNumber
{
    public static string Normalize(string printed)
    {
        var match = Parts().Match(printed.Trim());
        if (!match.Success)
        {
            return printed.Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        var digits = match.Groups["digits"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        var suffix = match.Groups["suffix"].Value;
        return suffix.Length == 0 ? digits : $"{digits}-{suffix.ToUpperInvariant()}";
    }

    [GeneratedRegex(@"^(?<digits>\d[\d \u00A0]*\d)(?:\s*-\s*|\s+)?(?<suffix>[IVXL]+|\d{2})?$")]
    private static partial Regex Parts();
}
