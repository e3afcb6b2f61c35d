using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Register.Corpus;
using Mandaat.Store;

namespace Mandaat.Register.Missions;

/// <summary>
/// What a letter did to a mission: an artikel 100-brief decides it (the first), extends it (it says
/// so in its subject or opening: "Verlenging …") or changes it (a later one); a letter titled as an
/// end ends it; a kennisgeving announces; everything else reports.
/// </summary>
public static partial class LetterRoles
{
    private const int OpeningLength = 800;

    /// <summary>The role of each document of one mission, given in time order.</summary>
    public static IReadOnlyDictionary<string, LetterRole> For(IEnumerable<RegisterDocument> inTimeOrder)
    {
        var roles = new Dictionary<string, LetterRole>(StringComparer.Ordinal);
        var decided = false;
        foreach (var document in inTimeOrder)
        {
            var opening = Opening(document);
            var kind = document.Kind;
            roles[document.Id] = kind switch
            {
                _ when EndWords().IsMatch(opening) && (kind == DocumentKind.Artikel100 || kind == DocumentKind.Brief) => LetterRole.Ended,
                _ when kind == DocumentKind.Artikel100 && ExtensionWords().IsMatch(opening) => LetterRole.Extended,
                _ when kind == DocumentKind.Artikel100 && !decided => LetterRole.Decided,
                _ when kind == DocumentKind.Artikel100 => LetterRole.Changed,
                _ when kind == DocumentKind.Kennisgeving => LetterRole.Announced,
                _ => LetterRole.Reported,
            };
            decided |= roles[document.Id] == LetterRole.Decided;
        }

        return roles;
    }

    /// <summary>An extension letter, which may refer to earlier letters for aspects it does not repeat.</summary>
    public static bool IsExtension(DocumentDetail document) => ExtensionWords().IsMatch(Opening(document));

    private static string Opening(RegisterDocument document) => Opening(document.Detail);

    private static string Opening(DocumentDetail document) =>
        $"{document.Subject} {document.Summary.Title} {document.Text[..Math.Min(OpeningLength, document.Text.Length)]}";

    [GeneratedRegex(@"\bverleng", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtensionWords();

    [GeneratedRegex(@"\b(?:beëindiging|beeindiging|beëindigen|afronding\s+van\s+de\s+(?:missie|bijdrage|inzet)|terugtrekking\s+van\s+de)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndWords();
}
