using System.Text.RegularExpressions;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// The "Betreft" line of a ministry letterhead. The subject often wraps over two lines with a blank
/// line between (PDF layout); the normaliser has already reflowed those into one paragraph, so the
/// subject is read from the normalised text, up to the next label of the letterhead if the
/// normaliser put one in the same paragraph.
/// </summary>
internal static partial class SubjectReader
{
    public static (string Subject, TextSpan Span)? Read(NormalizedText text)
    {
        foreach (var paragraph in text.Paragraphs)
        {
            // Searched in place (the paragraph's range as the whole input): copying every paragraph out cost
            // more than the search. The match's index is then the text's own.
            var match = Betreft().Match(text.Text, paragraph.Start, paragraph.Length);
            if (!match.Success)
            {
                continue;
            }

            var subject = match.Groups["subject"];
            var value = subject.Value.Trim().TrimEnd('.', ' ');
            if (value.Length > 0)
            {
                return (value, new TextSpan(match.Index, match.Length));
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:^|(?<=\s))Betreft:?\s+(?<subject>.+?)(?=\s+(?:Geachte|Ons kenmerk|Onze referentie|Uw kenmerk|Uw referentie|Uw brief|Bijlagen?(?:\(n\))?|Datum|Kenmerk)\b|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Betreft();
}
