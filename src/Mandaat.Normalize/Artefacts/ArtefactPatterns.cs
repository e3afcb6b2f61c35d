using System.Text.RegularExpressions;

namespace Mandaat.Normalize.Artefacts;

/// <summary>
/// The print artefacts of Dutch parliamentary papers and ministry letters. Every pattern is anchored
/// to a whole (trimmed) line, so each line is tested once and no pattern scans the whole text.
/// </summary>
internal static partial class ArtefactPatterns
{
    private const string Months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

    /// <summary>Page footer of a Kamerstuk: "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 607 12" (also Eerste Kamer, with a letter code).</summary>
    [GeneratedRegex(@"^(?:Tweede|Eerste)\s+Kamer,?\s+vergaderjaar\s+\d{4}\s*[-–—]\s*\d{4}\b.{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Footer();

    /// <summary>Publication codes printed in the margin or at the end: "kst-27925-607", "ISSN 0921 - 7371".</summary>
    [GeneratedRegex(@"^(?:kst-\d+(?:-[\w]+)+(?:\s+\S+){0,3}|ISSN\s+\d{4}\s*-\s*\d{3}[\dXx]\b.{0,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PublicationCode();

    /// <summary>A line holding nothing but a number: a page number, or a question number in a list of questions.</summary>
    [GeneratedRegex(@"^\d{1,3}$")]
    public static partial Regex BareNumber();

    /// <summary>Page numbers that cannot be anything else: "- 3 -", "Pagina 3 van 8", "3/8".</summary>
    [GeneratedRegex(@"^(?:[-–]\s*\d{1,3}\s*[-–]|(?:Pagina|Blad|Page)\s+\d{1,3}(?:\s*(?:van|of|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DecoratedPageNumber();

    /// <summary>A ministry letterhead label standing alone; its value is on the next line.</summary>
    [GeneratedRegex(@"^(?:(?:Onze|Uw)\s+(?:referentie|kenmerk|ref\.?)|Ons\s+kenmerk|Kenmerk|Referentie|Datum)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HeaderLabel();

    /// <summary>A letterhead label with its value on the same line: "Datum 28 oktober 2022", "Onze referentie BZDOC-123".</summary>
    [GeneratedRegex(@"^(?:(?:Onze|Uw)\s+(?:referentie|kenmerk|ref\.?)|Ons\s+kenmerk|Kenmerk|Referentie|Datum)\s*:?\s+(?<value>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HeaderLabelWithValue();

    /// <summary>A reference code as printed under a letterhead label: one token with digits ("BZDOC-1234567890-12", "DVB/CV-169/2014").</summary>
    [GeneratedRegex(@"^(?=\S*\d)[A-Za-z0-9][A-Za-z0-9./_-]{3,}$")]
    public static partial Regex ReferenceCode();

    /// <summary>A full date as printed next to "Datum".</summary>
    [GeneratedRegex(@"^\d{1,2}\s+(?:" + Months + @")\s+\d{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FullDate();
}
