using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mandaat.Readers;

/// <summary>
/// The footer line the printed paper carries, rebuilt from the XML so that the identifier (written
/// against PDF text) finds the same line: "Tweede Kamer, vergaderjaar 2024–2025, 27 925, nr. 506".
/// Handelingen and aanhangsels print a citation instead ("Handelingen II 2017/18, nr. 61, item 10"),
/// which comes from the publication's identifier in the metadata.
/// </summary>
internal static partial class PublicationFooter
{
    public static string? For(XElement root)
    {
        var kamerstuk = PublicationXml.FirstDescendant(root, "kamerstuk");
        if (kamerstuk is not null)
        {
            return ForKamerstuk(kamerstuk);
        }

        var identifier = Identifier(root);
        if (identifier is null)
        {
            return null;
        }

        var handelingen = HandelingenId().Match(identifier);
        if (handelingen.Success)
        {
            return $"Handelingen {Chamber(handelingen.Groups["kamer"].Value)} {Session(handelingen)}, nr. {handelingen.Groups["nr"].Value}, item {handelingen.Groups["item"].Value}";
        }

        var aanhangsel = AanhangselId().Match(identifier);
        return aanhangsel.Success
            ? $"Aanhangsel Handelingen {Chamber(aanhangsel.Groups["kamer"].Value)} {Session(aanhangsel)}, nr. {aanhangsel.Groups["nr"].Value}"
            : null;
    }

    /// <summary>The publication's id ("kst-27925-506") from the metadata record's address.</summary>
    public static string? Identifier(XElement root)
    {
        foreach (var meta in root.Descendants().Where(e => e.Name.LocalName == "meta"))
        {
            var match = MetadataUrl().Match((string?)meta.Attribute("content") ?? "");
            if (match.Success)
            {
                return match.Groups["id"].Value;
            }
        }

        return null;
    }

    private static string? ForKamerstuk(XElement kamerstuk)
    {
        var lines = kamerstuk.Descendants().Where(e => e.Name.LocalName == "tekstregel").ToList();
        var kamer = ChamberName(lines.FirstOrDefault(l => (string?)l.Attribute("inhoud") == "kameraanduiding"), kamerstuk);
        var year = VergaderjaarText().Match(PublicationXml.Text(lines.FirstOrDefault(l => (string?)l.Attribute("inhoud") == "vergaderjaar")));
        var dossier = PublicationXml.Text(PublicationXml.FirstDescendant(kamerstuk, "dossiernummer"));
        var number = PublicationXml.Text(PublicationXml.FirstDescendant(kamerstuk, "ondernummer"));
        if (kamer is null || !year.Success || dossier.Length == 0 || number.Length == 0)
        {
            return null;
        }

        // The printed footer always has an en dash between the years, whatever the XML uses.
        return $"{kamer}, vergaderjaar {year.Groups[1].Value}–{year.Groups[2].Value}, {dossier}, nr. {number}";
    }

    private static string? ChamberName(XElement? kameraanduiding, XElement kamerstuk)
    {
        var text = PublicationXml.Text(kameraanduiding);
        if (text.StartsWith("Eerste Kamer", StringComparison.OrdinalIgnoreCase))
        {
            return "Eerste Kamer";
        }

        if (text.StartsWith("Tweede Kamer", StringComparison.OrdinalIgnoreCase))
        {
            return "Tweede Kamer";
        }

        // Without a kameraanduiding the ondernummer says which chamber numbered the stuk.
        return (string?)PublicationXml.FirstDescendant(kamerstuk, "ondernummer")?.Attribute("kamer") switch
        {
            "1" => "Eerste Kamer",
            "2" => "Tweede Kamer",
            _ => null,
        };
    }

    private static string Chamber(string code) => code == "ek" ? "I" : "II";

    // "20172018" is printed as "2017/18".
    private static string Session(Match match) => $"{match.Groups["from"].Value}/{match.Groups["to"].Value[2..]}";

    [GeneratedRegex(@"(\d{4})\s*[-–—/]\s*(\d{4})")]
    private static partial Regex VergaderjaarText();

    [GeneratedRegex(@"(?<id>[a-z]+-[A-Za-z0-9-]+)/metadata\.xml$")]
    private static partial Regex MetadataUrl();

    [GeneratedRegex(@"^h-(?<kamer>tk|ek)-(?<from>\d{4})(?<to>\d{4})-(?<nr>\d+)-(?<item>\d+)$")]
    private static partial Regex HandelingenId();

    [GeneratedRegex(@"^ah-(?<kamer>tk|ek)-(?<from>\d{4})(?<to>\d{4})-(?<nr>\d+)$")]
    private static partial Regex AanhangselId();
}
