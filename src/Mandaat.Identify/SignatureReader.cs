using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// The signatures at the end of a paper: an office ending in a comma, then the name as printed —
/// "De Minister van Defensie, J.A. Hennis-Plasschaert" (the normaliser joins the two lines),
/// "De Staatssecretaris van Defensie, C.A. van der Maat", and a committee's "De voorzitter van de
/// commissie, Van Helvert"; in older papers without the comma before initials ("De minister van Defensie
/// E. van Middelkoop"), and in copies that keep the office and the name as paragraphs of their own. Signatures
/// must open a paragraph, so a sentence that mentions a minister is never read as a signature. The office
/// is kept as printed without its article ("Minister van Defensie").
/// </summary>
internal static partial class SignatureReader
{
    public static IReadOnlyList<Signatory> Read(NormalizedText text)
    {
        var signatories = new List<Signatory>();
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            var paragraph = text.Paragraphs[i];
            // Signatures open the paragraph, so one that does not open with an office holds none. The
            // signature regex would find that out only by trying every D, M, S, V, O, A, G and C of every
            // paragraph; the anchored opening is tried once.
            if (!OfficeOpening().IsMatch(text.Text.AsSpan(paragraph.Start, paragraph.Length)))
            {
                continue;
            }

            var body = paragraph.Slice(text.Text);
            var matches = Signature().Matches(body);
            if (matches.Count > 0 && OpensWith(body, matches) is var run and > 0)
            {
                foreach (var match in matches.Take(run))
                {
                    var span = new TextSpan(paragraph.Start + match.Index, match.Length);
                    signatories.Add(new Signatory(match.Groups["name"].Value.Trim(), match.Groups["office"].Value.Trim(), span));
                }
            }
            else if (i + 1 < text.Paragraphs.Count && OfficeAlone().Match(body) is { Success: true } office
                && NameAlone().Match(text.Paragraphs[i + 1].Slice(text.Text)) is { Success: true } name)
            {
                // A copy that keeps every line a paragraph prints the office and the name apart.
                var next = text.Paragraphs[i + 1];
                signatories.Add(new Signatory(name.Groups["name"].Value.Trim(), office.Groups["office"].Value.Trim(), new TextSpan(paragraph.Start, next.End - paragraph.Start)));
                i++;
            }
        }

        return signatories;
    }

    /// <summary>
    /// How many signatures open the paragraph one after the other, with nothing but spaces between them. A
    /// copy may run the lines that follow a signature block into its paragraph ("Voorzitter: …"), so text may
    /// follow the last one; the pattern only ends a name where a capital or the paragraph's end follows, so a
    /// sentence that names an office holder does not pass.
    /// </summary>
    private static int OpensWith(string body, MatchCollection matches)
    {
        var position = 0;
        var run = 0;
        foreach (Match match in matches)
        {
            if (!string.IsNullOrWhiteSpace(body[position..match.Index]))
            {
                break;
            }

            position = match.Index + match.Length;
            run++;
        }

        return run;
    }

    // The titles of the offices that sign, in any case ("De minister van Defensie", "DE MINISTER VAN DEFENSIE").
    private const string Title =
        @"(?i:minister(?:-president)?|staatssecretaris|voorzitter|ondervoorzitter|adjunct-griffier|griffier|secretaris-generaal|commandant der strijdkrachten)";

    // An acting or deputy holder signs under the same office: "De fungerend voorzitter van de commissie".
    private const string Acting = @"(?:(?i:fungerend|waarnemend|wnd\.|plv\.)\s+)?";

    private const string OfficeWords = Acting + Title + @"(?:\s+\p{L}[\p{L}’'-]*){0,12}?(?:,\s*" + Title + @"(?:\s+\p{L}[\p{L}’'-]*){0,12}?)?";

    // An office title after its optional article, then up to a dozen words ("van Buitenlandse Zaken",
    // "van de vaste commissie voor Defensie") up to the comma that ends the office line.
    private const string Office = @"(?:[Dd][Ee]\s+)?(?<office>" + OfficeWords + @")\s*,";

    // The same without its comma, or with a full stop, where the name that follows opens with initials.
    private const string OfficeWithoutComma = @"(?:[Dd][Ee]\s+)?(?<office>" + OfficeWords + @")\s*\.?(?=\s+(?:\p{Lu}\p{Ll}?\.\s?){1,6})";

    // Academic titles before the name are printed but not part of it: "Mr. Dr. J.P. Balkenende".
    private const string Honorifics = @"(?:(?:Mr|Dr|Drs|Ir|Prof|Ing|Mw|Dhr)\.\s*)*";

    private const string Tussenvoegsel = @"(?:van|de|der|den|ter|ten|het|in ’t|in 't|op|te)";

    // Initials ("J.A.", "Ph.", "M. J. M.") then the surname with its tussenvoegsels; committee reports print
    // the surname alone, capitalised ("Van Helvert"), or a first name ("Aukje de Vries"). A "De" followed by an
    // office starts the next signature; otherwise it is part of the name ("De Roon", "Aukje De Vries").
    private const string Name =
        Honorifics + @"(?<name>(?:(?:\p{Lu}\p{Ll}?\.\s?){1,6}\s*(?:" + Tussenvoegsel + @"\s+)*|(?=\p{Lu}))\p{Lu}[\p{L}’'-]+"
        + @"(?:(?:\s+" + Tussenvoegsel + @")+\s+\p{Lu}[\p{L}’'-]+|[ -](?![Dd][Ee]\s+" + Acting + Title + @")\p{Lu}[\p{L}’'-]+)*)";

    [GeneratedRegex(@"(?:" + Office + "|" + OfficeWithoutComma + @")\s*" + Name + @"(?=\s+(?:[Dd][Ee]\s+)?\p{Lu}|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"\A\s*(?:[Dd][Ee]\s+)?" + Acting + Title, RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOpening();

    [GeneratedRegex(@"\A\s*" + Office + @"\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeAlone();

    [GeneratedRegex(@"\A\s*" + Name + @"\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex NameAlone();
}
