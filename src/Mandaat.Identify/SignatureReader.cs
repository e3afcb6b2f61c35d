using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// The signatures at the end of a paper: an office ending in a comma, then the name as printed —
/// "De Minister van Defensie, J.A. Hennis-Plasschaert" (the normaliser joins the two lines),
/// "De Staatssecretaris van Defensie, C.A. van der Maat", and a committee's "De voorzitter van de
/// commissie, Van Helvert". A paragraph counts only when signatures fill it entirely, so a sentence
/// that mentions a minister is never read as a signature. The office is kept as printed without its
/// article ("Minister van Defensie").
/// </summary>
internal static partial class SignatureReader
{
    public static IReadOnlyList<Signatory> Read(NormalizedText text)
    {
        var signatories = new List<Signatory>();
        foreach (var paragraph in text.Paragraphs)
        {
            // Signatures must fill the paragraph, so one that does not open with an office holds none. The
            // signature regex would find that out only by trying every D, M, S, V, O, A, G and C of every
            // paragraph; the anchored opening is tried once.
            if (!OfficeOpening().IsMatch(text.Text.AsSpan(paragraph.Start, paragraph.Length)))
            {
                continue;
            }

            var body = paragraph.Slice(text.Text);
            var matches = Signature().Matches(body);
            if (matches.Count == 0 || !Fills(body, matches))
            {
                continue;
            }

            foreach (Match match in matches)
            {
                var span = new TextSpan(paragraph.Start + match.Index, match.Length);
                signatories.Add(new Signatory(match.Groups["name"].Value.Trim(), match.Groups["office"].Value.Trim(), span));
            }
        }

        return signatories;
    }

    /// <summary>True when the matches cover the paragraph with nothing but spaces between them.</summary>
    private static bool Fills(string body, MatchCollection matches)
    {
        var position = 0;
        foreach (Match match in matches)
        {
            if (!string.IsNullOrWhiteSpace(body[position..match.Index]))
            {
                return false;
            }

            position = match.Index + match.Length;
        }

        return string.IsNullOrWhiteSpace(body[position..]);
    }

    // The titles of the offices that sign.
    private const string Title =
        @"(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Vv]oorzitter|[Oo]ndervoorzitter|[Aa]djunct-griffier|[Gg]riffier|[Ss]ecretaris-[Gg]eneraal|[Cc]ommandant der [Ss]trijdkrachten)";

    // An office title after its optional article, then up to a dozen words ("van Buitenlandse Zaken",
    // "van de vaste commissie voor Defensie") up to the comma that ends the office line.
    private const string Office = @"(?:[Dd]e\s+)?(?<office>" + Title + @"(?:\s+\p{L}[\p{L}’'-]*){0,12}?)\s*,";

    // Initials ("J.A.", "Ph.", "C.C.J.") then the surname with its tussenvoegsels; committee reports
    // print the surname alone, capitalised ("Van Helvert"). A following "De" starts the next office.
    private const string Name =
        @"(?<name>(?:(?:\p{Lu}\p{Ll}?\.\s?){1,6}\s*(?:(?:van|de|der|den|ter|ten|het|in ’t|in 't|op|te)\s+)*|(?=\p{Lu}))\p{Lu}[\p{L}’'-]+(?:[ -](?!De\s)\p{Lu}[\p{L}’'-]+)*)";

    [GeneratedRegex(Office + @"\s+" + Name + @"(?=\s+(?:[Dd]e\s+)?\p{Lu}|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"\A\s*(?:[Dd]e\s+)?" + Title, RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOpening();
}
