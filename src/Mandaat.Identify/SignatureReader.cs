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
/// open a paragraph or follow the end of a sentence, so a sentence that mentions a minister is never read as a
/// signature; offices printed side by side pair with the names under them. Where no block is printed, the
/// signers a site or a motion lists are read by <see cref="SignerLines"/>. The office is kept as printed without
/// its article ("Minister van Defensie").
/// </summary>
internal static partial class SignatureReader
{
    public static IReadOnlyList<Signatory> Read(NormalizedText text)
    {
        var signatories = new List<Signatory>();
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            var paragraph = text.Paragraphs[i];
            var body = paragraph.Slice(text.Text);
            var before = signatories.Count;
            ReadRuns(body, paragraph.Start, signatories);
            if (signatories.Count == before && i + 1 < text.Paragraphs.Count
                && ReadApart(body, text.Paragraphs[i + 1].Slice(text.Text)) is { } apart)
            {
                // A copy that keeps every line a paragraph prints the offices and the names apart, in two
                // columns when two ministers sign side by side ("De Minister van X De Minister van Y" over
                // "A. Naam B. Naam").
                var next = text.Paragraphs[i + 1];
                signatories.AddRange(apart.Select(a => new Signatory(a.Name, a.Office, new TextSpan(paragraph.Start, next.End - paragraph.Start))));
                i++;
            }
        }

        return signatories.Count > 0 ? signatories : SignerLines.Read(text);
    }

    /// <summary>
    /// Runs of signatures that open the paragraph or follow the end of one of its sentences: copies that
    /// flatten a page run "… verslag uit. De voorzitter van de vaste commissie voor Defensie, De Roon De griffier
    /// …, Westerhoff" into one paragraph. A sentence that merely names an office holder does not pass: the name
    /// must be followed by a capital or the paragraph's end.
    /// </summary>
    private static void ReadRuns(string body, int offset, List<Signatory> signatories)
    {
        var position = 0;
        foreach (Match opening in SignatureStart().Matches(body))
        {
            if (opening.Index < position)
            {
                continue;
            }

            position = opening.Index;
            // The next signature must follow at the position (after white space): the pattern is anchored there
            // rather than searched for through the rest of the paragraph, which for a long paragraph with many
            // sentence ends tried the pattern at every later position once per opening.
            for (var match = SignatureAt().Match(body, position); match.Success; match = SignatureAt().Match(body, position))
            {
                var start = match.Groups["signature"].Index;
                position = match.Index + match.Length;
                if (LoneTussenvoegsel().IsMatch(match.Groups["name"].Value))
                {
                    // "…, Van" before a lower-case word is the start of a name the page cut, not a name.
                    break;
                }

                signatories.Add(new Signatory(match.Groups["name"].Value.Trim(), match.Groups["office"].Value.Trim(), new TextSpan(offset + start, position - start)));
            }
        }
    }

    /// <summary>Offices in one paragraph and as many names in the next, paired in order; null when they do not pair.</summary>
    private static List<(string Name, string Office)>? ReadApart(string offices, string names)
    {
        if (!OfficeOpening().IsMatch(offices))
        {
            return null;
        }

        var officeParts = OfficeBoundary().Split(offices.Trim()).Where(p => p.Length > 0).ToList();
        var officeMatches = officeParts.Select(p => OfficeAlone().Match(p)).ToList();
        if (officeMatches.Any(m => !m.Success))
        {
            return null;
        }

        var found = new List<string>();
        var position = 0;
        for (var match = NameAt().Match(names, 0); match.Success && found.Count < officeMatches.Count; match = NameAt().Match(names, position))
        {
            found.Add(match.Groups["name"].Value.Trim());
            position = match.Index + match.Length;
        }

        // A single office without its comma pairs only with a name that has initials: a heading such as
        // "De minister van Defensie" above a line of prose must not sign.
        var unpunctuated = officeMatches.Count == 1 && !offices.TrimEnd().EndsWith(',');
        if (found.Count != officeMatches.Count || !string.IsNullOrWhiteSpace(names[position..])
            || (unpunctuated && !Initials().IsMatch(found[0])))
        {
            return null;
        }

        return [.. found.Zip(officeMatches, (name, office) => (name, office.Groups["office"].Value.Trim()))];
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

    // One initial as printed: "J.", "Ph.", "M. " of "M. J. M. Verhagen".
    private const string Initial = @"(?:\p{Lu}\p{Ll}?\.\s?)";

    // The same without its comma, or with a full stop, where the name that follows opens with initials.
    private const string OfficeWithoutComma = @"(?:[Dd][Ee]\s+)?(?<office>" + OfficeWords + @")\s*\.?(?=\s+" + Initial + @"{1,6})";

    // Academic titles before the name are printed but not part of it: "Mr. Dr. J.P. Balkenende".
    internal const string Honorifics = @"(?:(?:Mr|Dr|Drs|Ir|Prof|Ing|Mw|Dhr)\.\s*)*";

    internal const string Tussenvoegsel = @"(?:van|de|der|den|ter|ten|het|in ’t|in 't|op|te)";

    // Initials ("J.A.", "Ph.", "M. J. M.") then the surname with its tussenvoegsels; committee reports print
    // the surname alone, capitalised ("Van Helvert"), or a first name ("Aukje de Vries"). A "De" followed by an
    // office starts the next signature; otherwise it is part of the name ("De Roon", "Aukje De Vries").
    internal const string Name =
        Honorifics + @"(?<name>(?:" + Initial + @"{1,6}\s*(?:" + Tussenvoegsel + @"\s+)*|(?=\p{Lu}))\p{Lu}[\p{L}’'-]+"
        + @"(?:(?:\s+" + Tussenvoegsel + @")+\s+\p{Lu}[\p{L}’'-]+|[ -](?![Dd][Ee]\s+" + Acting + Title + @")(?!" + NotAName + @"\b)\p{Lu}\p{Ll}[\p{L}’'-]*)*)";

    // Words that follow a signature on a flattened page and are not part of the surname before them: a
    // heading in capitals fails the lower-case second letter a surname's next part has, these do not.
    private const string NotAName = @"(?:Nr|Vraag|Vragen|Antwoord|Voorzitter|Griffier|Bijlage|Inhoud|Aanwezig|Datum)";

    [GeneratedRegex(@"\G\s*(?<signature>(?:" + Office + "|" + OfficeWithoutComma + @")\s*" + Name + @")(?=\s+(?:[Dd][Ee]\s+)?\p{Lu}|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureAt();

    [GeneratedRegex(@"\A\s*(?:[Dd][Ee]\s+)?" + Acting + Title, RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOpening();

    // An office on a line of its own, with its comma, a full stop or nothing after it.
    [GeneratedRegex(@"\A\s*(?:[Dd][Ee]\s+)?(?<office>" + OfficeWords + @")\s*[,.]?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeAlone();

    // Where the next of several offices printed side by side begins.
    [GeneratedRegex(@"\s+(?=[Dd][Ee]\s+" + Acting + Title + @"\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeBoundary();

    // A signature run opens a paragraph or follows the end of a sentence in it.
    [GeneratedRegex(@"(?:\A|(?<=[.!?]\s+))\s*(?:[Dd][Ee]\s+)?" + Acting + Title, RegexOptions.CultureInvariant)]
    private static partial Regex SignatureStart();

    [GeneratedRegex(@"\G\s*" + Name + @"(?=\s+\p{Lu}|\s*\z)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAt();

    [GeneratedRegex(@"\A" + Initial + "+", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    [GeneratedRegex(@"\A\s*" + Tussenvoegsel + @"\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoneTussenvoegsel();
}
