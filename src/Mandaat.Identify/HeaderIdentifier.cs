using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// Identifies a paper from its own header and footer only: the number, dossier and session from the
/// printed footer or header (read in the source text, where the normaliser has not yet removed them),
/// the date and subject from the letterhead, the kind from its title and opening, the signatories
/// from the signature block. What is not printed stays null — never guessed, never taken from a
/// citation of another paper.
/// </summary>
public sealed class HeaderIdentifier : IDocumentIdentifier
{
    public DocumentIdentity Identify(NormalizedText text)
    {
        var paper = PaperNumberReader.Read(text.Source.Text);
        var date = LetterDateReader.Read(text.Text);
        var subject = SubjectReader.Read(text.Text);
        var (kind, evidence) = KindClassifier.Classify(text.Text, subject?.Subject);

        return new DocumentIdentity
        {
            Kind = kind,
            Dossier = paper?.Dossier,
            Number = paper?.Number,
            Session = paper?.Session,
            Date = date?.Date,
            Subject = subject?.Subject,
            Signatories = SignatoryReader.Read(text),
            Evidence = evidence ?? subject?.Span ?? date?.Span ?? FirstParagraph(text),
        };
    }

    private static TextSpan? FirstParagraph(NormalizedText text) => text.Paragraphs.Count > 0 ? text.Paragraphs[0] : null;
}
