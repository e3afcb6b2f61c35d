namespace Mandaat.Extract.Quantities;

/// <summary>Regex fragments shared by the quantity extractors, so each reads numbers the same way.</summary>
public static class QuantityPatterns
{
    /// <summary>
    /// Digits with Dutch separators, or a word that starts like a Dutch number word ("zes", "vijftien",
    /// "honderdtwintig"), capitalised too at the start of a sentence ("Zes F-16 jachtvliegtuigen"); the
    /// grammar rejects look-alikes ("eenheden"). Starting with a fixed morpheme lets
    /// the regex engine skip ordinary words at once, which keeps a scan linear and fast.
    /// </summary>
    public const string Number =
        @"(?<![\p{L}\p{N}\-–/.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|" +
        @"(?i:een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|anderhalf)\p{Ll}*)";

    /// <summary>
    /// Refuses the article "een" before a count: it stands before every other noun and is no count. The
    /// stressed "één" is one ("één fregat", "één stafofficier").
    /// </summary>
    public const string NotArticle = @"(?![Ee]en\b)";

    /// <summary>What <see cref="Number"/> can start with, for <see cref="Core.Scanning.AnchoredScan"/>: the ASCII digits and the number words.</summary>
    public static IReadOnlyList<string> NumberStarts { get; } =
    [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
        "een", "één", "eén", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien",
        "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
        "tachtig", "negentig", "honderd", "duizend", "anderhalf",
    ];

    /// <summary>
    /// Up to four describing words between a number and its noun: "operationele", "Nederlandse militaire en
    /// civiele", "daarbij behorende reserve", an organisation's initials ("20 KMar functionarissen").
    /// </summary>
    public const string Describers = @"(?:(?!(?:een|de|het|van|voor|die|deze|dat|te)\b)(?:\p{L}+(?:e|se)|extra|en|daarbij|reserve|\p{Lu}{2}\p{L}{0,4}|\p{Lu}\p{Ll}?\p{Lu}\p{L}{0,3})\s+){0,4}?";
}
