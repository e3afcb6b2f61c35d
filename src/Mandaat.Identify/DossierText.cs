using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// A dossier number as FORMAT.md writes it: digit groups joined, a printed suffix kept after a hyphen
/// ("27 925" → "27925", "35 570 X" → "35570-X", "21 501-02" → "21501-02", "36 600-VII" → "36600-VII").
/// </summary>
internal static partial class DossierText
{
    /// <summary>The regex fragment of a printed dossier number (no groups).</summary>
    public const string Pattern = @"\d{1,3}(?:[ \u00a0]?\d{3})?(?:[ \u00a0]?-[ \u00a0]?(?:\d{2}|[IVXL]{1,6}|[A-Z])|[ \u00a0](?:[IVXL]{1,6}|[A-Z])(?![\w.]))?";

    public static string Normalize(string printed)
    {
        var match = Parts().Match(printed.Trim());
        if (!match.Success)
        {
            return Whitespace().Replace(printed, string.Empty);
        }

        var digits = Whitespace().Replace(match.Groups["digits"].Value, string.Empty);
        var suffix = match.Groups["suffix"].Value;
        return suffix.Length == 0 ? digits : $"{digits}-{suffix}";
    }

    // Digits after a hyphen are a suffix ("21 501-02"); after a space they are a thousands group.
    [GeneratedRegex(@"^(?<digits>\d{1,3}(?:[ \u00a0]?\d{3})?)(?:[ \u00a0]*-[ \u00a0]*(?<suffix>\d{2}|[IVXL]{1,6}|[A-Z])|[ \u00a0]+(?<suffix>[IVXL]{1,6}|[A-Z]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();

    [GeneratedRegex(@"[ \u00a0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
