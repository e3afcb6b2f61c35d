using System.Text.RegularExpressions;

namespace Mandaat.Normalize.Layout;

/// <summary>Line shapes that always begin a paragraph of their own.</summary>
internal static partial class LayoutPatterns
{
    /// <summary>A list item: a bullet, "1.", "a)", "iv.", "(2)".</summary>
    [GeneratedRegex(@"^(?:[•·▪■◦●–-]\s|\d{1,2}[.)]\s|[a-z][.)]\s|[ivx]{1,5}[.)]\s|\(\w{1,4}\)\s)", RegexOptions.CultureInvariant)]
    public static partial Regex ListItem();

    /// <summary>The salutation of a letter: "Geachte voorzitter,".</summary>
    [GeneratedRegex(@"^(?:Geachte|Hooggeachte|Zeer geachte)\b.{0,80},$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Salutation();

    /// <summary>A number alone (a question number in a list of questions).</summary>
    [GeneratedRegex(@"^\d{1,3}\.?$")]
    public static partial Regex NumberOnly();
}
