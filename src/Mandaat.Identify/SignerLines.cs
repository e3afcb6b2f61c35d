using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// Signers printed as lines rather than a signature block, read only when a paper has no block: the members
/// under a motion ("… en gaat over tot de orde van de dag." then one name a line), a site's list of signers
/// ("Eerste ondertekenaar: G. Wilders, Tweede Kamerlid (PVV)", "Mede ondertekenaar: …, griffier"), and the
/// minister an answer to Kamervragen names ("Beantwoord door J. Naam (minister defensie)", "Antwoord van
/// Minister Koenders (Buitenlandse Zaken)").
/// </summary>
internal static partial class SignerLines
{
    /// <summary>The office of a member who signs a motion, as the record states it.</summary>
    private const string Member = "lid van de Tweede Kamer";

    /// <summary>More names than this under a motion is a list of something else.</summary>
    private const int MostSigners = 20;

    public static IReadOnlyList<Signatory> Read(NormalizedText text)
    {
        var found = new List<Signatory>();
        found.AddRange(MotionSigners(text));
        foreach (Match match in SiteSigner().Matches(text.Text))
        {
            found.Add(new Signatory(match.Groups["name"].Value.Trim(), match.Groups["office"].Value.Trim(), new TextSpan(match.Index, match.Length)));
        }

        foreach (Match match in AnsweredBy().Matches(text.Text))
        {
            var office = match.Groups["department"].Success
                ? match.Groups["title"].Value + " van " + match.Groups["department"].Value.Trim()
                : match.Groups["office"].Value.Trim();
            found.Add(new Signatory(match.Groups["name"].Value.Trim(), office, new TextSpan(match.Index, match.Length)));
        }

        return found;
    }

    private static IEnumerable<Signatory> MotionSigners(NormalizedText text)
    {
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            if (!MotionClose().IsMatch(text.Paragraphs[i].Slice(text.Text)))
            {
                continue;
            }

            foreach (var paragraph in text.Paragraphs.Skip(i + 1).Take(MostSigners))
            {
                var match = MemberName().Match(paragraph.Slice(text.Text));
                if (!match.Success)
                {
                    break;
                }

                yield return new Signatory(match.Groups["name"].Value.Trim(), Member, paragraph);
            }
        }
    }

    [GeneratedRegex(@"\ben\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex MotionClose();

    [GeneratedRegex(@"\A\s*" + SignatureReader.Name + @"\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex MemberName();

    // tkconv's "Gerelateerde personen": the office runs to the party in brackets, the next item or the next label.
    [GeneratedRegex(@"\b(?:Eerste|Mede)\s*ondertekenaar:\s*(?<name>[^,\n]{2,60}?),\s*(?<office>[^()\n]{2,120}?)(?=\s*\(|\s+-\s|\s+Onderdeel\b|\s*$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SiteSigner();

    [GeneratedRegex(@"\bBeantwoord\s+door\s+(?<name>[^()\n]{2,60}?)\s*\((?<office>[^()\n]{2,80})\)|\bAntwoord\s+van\s+(?<title>Minister|Staatssecretaris|minister|staatssecretaris)\s+(?<name>" + SignatureReader.Tussenvoegsel + @"?\s*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s*\((?<department>[^()\n]{2,60})\)", RegexOptions.CultureInvariant)]
    private static partial Regex AnsweredBy();
}
