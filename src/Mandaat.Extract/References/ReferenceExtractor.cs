using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Extract.Citations;

namespace Mandaat.Extract.References;

/// <summary>
/// Citations of parliamentary papers: "Kamerstuk 27 925, nrs. 506, 539, 570 en 597" (one fact per
/// number), "Kamerstukken II 2016/17, 27 925, nr. 600", continued lists ("…, nr. 612, d.d. 18 oktober
/// 2019, nr. 755 d.d. 20 november 2020 en nr. 911"), and document ids such as 2022D19957. Handelingen
/// and ministry reference codes are not papers and are not matched.
/// </summary>
public sealed partial class ReferenceExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ExtractionContext context)
    {
        var text = context.Text.Text;
        var cited = new List<TextSpan>();
        foreach (var match in Citation().Matches(text).Concat(Compact().Matches(text)))
        {
            var span = TextSpan.FromBounds(match.Index, match.Index + match.Length);
            if (cited.Any(c => c.Start < span.End && span.Start < c.End))
            {
                continue;
            }

            cited.Add(span);
            // A copy whose PDF text lost its digits prints "Kamerstuk , nr. 612": the number without its dossier.
            var dossier = match.Groups["dossier"].Success ? DossierNumber.Normalize(match.Groups["dossier"].Value) : null;
            foreach (var number in Numbers(match))
            {
                // A site's title line names the paper itself ("Kamerstuk 29521-300"): that is no citation.
                if (dossier is not null && dossier == context.Identity.Dossier && number == context.Identity.Number)
                {
                    continue;
                }

                yield return Create(context, span, dossier, number, null);
            }
        }

        foreach (Match match in DocumentId().Matches(text))
        {
            // A site's metadata gives the paper's own document number ("Nummer: 2021D41047, datum: …"): no citation.
            if (!text.AsSpan(0, match.Index).TrimEnd().EndsWith("Nummer:", StringComparison.Ordinal))
            {
                yield return Create(context, new TextSpan(match.Index, match.Length), null, null, match.Value);
            }
        }
    }

    private static IEnumerable<string> Numbers(Match match)
    {
        foreach (Capture capture in match.Groups["number"].Captures)
        {
            yield return capture.Value;
        }
    }

    private static ReferenceFact Create(ExtractionContext context, TextSpan span, string? dossier, string? number, string? documentId) =>
        new(dossier, number, documentId)
        {
            Quote = CitationBuilder.Quote(context.Text.Text, span),
            Citation = CitationBuilder.Cite(context, span),
        };

    private const string Dossier = @"\d{2,3}\s?\d{2,3}(?:\s*-\s*\d{2}|\s+[IVXL]{1,5}\b|-[IVXL]{1,5}\b)?";

    // More numbers after the first: "nrs. 506, 539 en 597", and further "nr." items separated only by dates.
    private const string MoreNumbers =
        @"(?:\s*(?:,|en|&)\s*(?<number>\d{1,4})\b(?![.,]\d))*" +
        @"(?:\s*,?\s*(?:d\.d\.\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*,?\s*)?(?:en\s+)?nrs?\.\s*(?<number>\d{1,4})(?:\s*(?:,|en)\s*(?<number>\d{1,4})\b)*)*";

    // "Kamerstuk", "Kamerstukken II 2016/17,", "Tweede Kamerstuk", "Kamerstuknummer"; the dossier (digit groups,
    // maybe a suffix; a paper of two dossiers cites the first: "Kamerstukken 27 925 en 29 521, nr. 946"); then
    // "nr." or "nrs." with a list, an Eerste Kamer letter ("Kamerstuk 27 925, AB"), or the site's form
    // "Kamerstuk 29521-435".
    [GeneratedRegex(
        @"(?:Tweede\s+|Eerste\s+)?[Kk]amerstuk(?:ken|nummer|\s+nummer)?(?:\s+I{1,2}(?:\s+\d{4}\s*[/–-]\s*\d{2,4})?)?\s*,?\s*" +
        @"(?:(?<dossier>\d{5})-(?<number>\d{1,4})\b(?!-)|" +
        @"(?:(?<dossier>" + Dossier + @")(?:\s*(?:en|/)\s*" + Dossier + @")*)?\s*,?\s*" +
        @"(?:nrs?\.?\s*(?<number>\d{1,4})" + MoreNumbers + @"|(?<=\d,\s*)(?<number>[A-Z]{1,3})\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    // The compact form in parentheses, without the word: "(27 925, nr. 193)", "(TK 1998-1999, 22 181, nr 295)",
    // "(23 591/26 454, nr. 7)". Five digits and "nr" make it a Kamerstuk, not an amount or a date.
    [GeneratedRegex(
        @"(?<=\((?:[^()\n]{0,30},\s*)?)(?<dossier>\d{2}\s?\d{3}(?:\s*-\s*\d{2}|\s*-\s*[IVXL]{1,5}\b|\s+[IVXL]{1,5}\b)?)(?:\s*(?:en|/)\s*" + Dossier + @")*\s*,\s*nrs?\.?\s*(?<number>\d{1,4})\b" + MoreNumbers,
        RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    // Document numbers of the Tweede Kamer: year, "D", five digits.
    [GeneratedRegex(@"\b(?:19|20)\d{2}D\d{5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentId();
}
