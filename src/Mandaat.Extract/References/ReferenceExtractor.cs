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
        foreach (Match match in Citation().Matches(text))
        {
            var dossier = DossierNumber.Normalize(match.Groups["dossier"].Value);
            var span = TextSpan.FromBounds(match.Index, match.Index + match.Length);
            foreach (var number in Numbers(match))
            {
                yield return Create(context, span, dossier, number, null);
            }
        }

        foreach (Match match in DocumentId().Matches(text))
        {
            yield return Create(context, new TextSpan(match.Index, match.Length), null, null, match.Value);
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

    // "Kamerstuk", "Kamerstukken II 2016/17,", "Tweede Kamerstuk"; the dossier (digit groups, maybe a
    // suffix); then "nr." or "nrs." with a list, and further "nr." items separated only by dates.
    [GeneratedRegex(
        @"(?:Tweede\s+|Eerste\s+)?Kamerstuk(?:ken)?(?:\s+I{1,2}(?:\s+\d{4}\s*[/–-]\s*\d{2,4})?)?\s*,?\s*" +
        @"(?<dossier>\d{2,3}\s?\d{2,3}(?:\s*-\s*\d{2}|\s+[IVXL]{1,5}\b|-[IVXL]{1,5}\b)?)\s*,?\s*" +
        @"nrs?\.\s*(?<number>\d{1,4})(?:\s*(?:,|en|&)\s*(?<number>\d{1,4})\b(?![.,]\d))*" +
        @"(?:\s*,?\s*(?:d\.d\.\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*,?\s*)?(?:en\s+)?nrs?\.\s*(?<number>\d{1,4})(?:\s*(?:,|en)\s*(?<number>\d{1,4})\b)*)*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    // Document numbers of the Tweede Kamer: year, "D", five digits.
    [GeneratedRegex(@"\b(?:19|20)\d{2}D\d{5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentId();
}
