using System.Text.RegularExpressions;
using Mandaat.Core.Documents;

namespace Mandaat.Identify;

/// <summary>
/// Reads the paper's number from its own footer or header, never from a citation in the text:
/// "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 607", an Eerste Kamer letter code
/// ("…, 32 623, D"), a publication site's header ("Tweede Kamer der Staten-Generaal 2017-2018 27925
/// nr. 617") and the first page of a motie ("Vergaderjaar 2024-2025 / 36 278 / … / Nr. 32"). Footers
/// repeat on every page, so the most frequent reading wins.
/// </summary>
public static partial class PaperNumberReader
{
    private const int HeaderWindow = 3000;

    public static PaperNumber? Read(string source)
    {
        var candidates = Footer().Matches(source).Concat(SiteHeader().Matches(source))
            .Concat(FirstPage().Matches(source[..Math.Min(source.Length, HeaderWindow)]))
            .Select(ToPaperNumber)
            .ToList();
        return candidates
            .GroupBy(c => (c.Dossier, c.Number, c.Session))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().SourceOffset)
            .Select(g => g.First())
            .FirstOrDefault();
    }

    private static PaperNumber ToPaperNumber(Match match)
    {
        var number = match.Groups["nr"].Success ? match.Groups["nr"].Value : match.Groups["letter"].Value;
        var session = $"{match.Groups["from"].Value}-{match.Groups["to"].Value}";
        return new PaperNumber(DossierNumber.Normalize(match.Groups["dossier"].Value), number, session, match.Index, match.Length);
    }

    private const string Session = @"(?<from>\d{4})\s*[–—-]\s*(?<to>\d{4})";
    private const string Dossier = @"(?<dossier>\d{2}\s?\d{3}(?:\s*-\s*\d{2}|\s+[IVXL]{1,5}\b|-[IVXL]{1,5}\b)?)";

    [GeneratedRegex(@"(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+" + Session + @",\s+" + Dossier + @",\s+(?:nr\.\s*(?<nr>\d{1,5})\b|(?<letter>[A-Z]{1,3})\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Footer();

    [GeneratedRegex(@"(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal\s+" + Session + @"\s+" + Dossier + @"\s+nr\.\s*(?<nr>\d{1,5})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SiteHeader();

    [GeneratedRegex(@"Vergaderjaar\s+" + Session + @"\s*\n\s*" + Dossier + @"\s*\n[\s\S]{0,800}?\bNr\.\s*(?<nr>\d{1,5})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPage();
}
