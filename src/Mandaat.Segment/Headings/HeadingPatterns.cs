using System.Text.RegularExpressions;

namespace Mandaat.Segment.Headings;

internal static partial class HeadingPatterns
{
    /// <summary>A numbered heading: "2.", "2.3", "3.1.2" then the text.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Numbered();

    /// <summary>List items are not headings: bullets, "i.", "a)", "(2)".</summary>
    [GeneratedRegex(@"^(?:[•·▪■◦●–-]\s|[ivx]{1,5}[.)]\s|[a-z][.)]\s|\(\w{1,4}\)\s)", RegexOptions.CultureInvariant)]
    public static partial Regex ListItem();

    /// <summary>Letterhead, salutation and closing lines of a letter.</summary>
    [GeneratedRegex(@"^(?:Datum|Betreft|Bijlage(?:n|\(n\))?|Onze\s+referentie|Uw\s+referentie|Ons\s+kenmerk|Uw\s+kenmerk|Kenmerk|Aan\s+(?:de|het)|Den\s+Haag|'s-Gravenhage|Geachte|Hoogachtend|Met\s+vriendelijke\s+groet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Letterhead();

    /// <summary>A signature: the office ("De Minister van Defensie") or printed initials ("J.A. Hennis-Plasschaert").</summary>
    [GeneratedRegex(@"^(?:De|Het)\s+(?:Minister|Staatssecretaris|Minister-President)\b|\b(?:[A-Z]\.){1,5}\s?[A-Z][a-z]", RegexOptions.CultureInvariant)]
    public static partial Regex Signature();

    [GeneratedRegex(@"https?://|www\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Url();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    public static partial Regex NumberOnly();
}
