using System.Text.RegularExpressions;

namespace Mandaat.Normalize.Hyphenation;

internal static partial class HyphenPatterns
{
    /// <summary>A word with its inner hyphens ("anti-ISIS-coalitie"), as printed on one line.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    public static partial Regex Word();
}
