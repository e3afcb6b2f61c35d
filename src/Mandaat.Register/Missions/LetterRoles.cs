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
    public const string Decided = "decided";
    public const string Extended = "extended";
    public const string Changed = "changed";
    public const string Ended = "ended";
    public const string Announced = "announced";
    public const string Reported = "reported";

    private const int OpeningLength = 800;

    /// <summary>The role of each document of one mission, given in time order.</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<RegisterDocument> inTimeOrder)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var decided = false;
        foreach (var document in inTimeOrder)
        {
            var opening = Opening(document);
            roles[document.Id] = document.Kind switch
            {
                _ when EndWords().IsMatch(opening) && document.Kind is DocumentKind.Artikel100 or DocumentKind.Brief => Ended,
                DocumentKind.Artikel100 when ExtensionWords().IsMatch(opening) => Extended,
                DocumentKind.Artikel100 when !decided => Decided,
                DocumentKind.Artikel100 => Changed,
                DocumentKind.Kennisgeving => Announced,
                _ => Reported,
            };
            decided |= roles[document.Id] == Decided;
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
