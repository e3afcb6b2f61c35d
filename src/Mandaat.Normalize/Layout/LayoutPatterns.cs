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

    /// <summary>
    /// A letter's address or place and date, which stand on lines of their own however long the lines around
    /// them: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 6 april 2023".
    /// </summary>
    [GeneratedRegex(@"^(?:Aan\s+de\s+[Vv]oorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?|(?:Den\s+Haag|[’']s-Gravenhage),?\s+\d{1,2}\s+\p{L}+\s+\d{4})\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex LetterAddressOrDate();

    /// <summary>A row of a table as a web page's text gives it: "| a | b |", "a | b |", or the rule "---|---|".</summary>
    [GeneratedRegex(@"^\|.*\|\s*$|^[^|\n]+(?:\|[^|\n]*)+\|\s*$|^-{3,}\|", RegexOptions.CultureInvariant)]
    public static partial Regex TableRow();
}
