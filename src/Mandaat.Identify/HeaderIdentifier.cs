using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// Identifies a paper from what it prints about itself. Numbering, session and date come from the
/// raw source (<see cref="SourceText"/>), where page footers and letterheads are still present;
/// subject, signatures and the sentence that decides the kind come from the normalised text, so their
/// spans can be cited. Whatever the paper does not print stays null: nothing is guessed, and
/// citations of other papers inside the text are never taken for the paper's own number.
/// </summary>
public sealed class HeaderIdentifier : IDocumentIdentifier
{
    public DocumentIdentity Identify(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.Source.Text;
        var (head, title) = KamerstukHead.Read(source);
        var printed = FooterReader.Read(source) ?? head;
        var subject = SubjectReader.Read(text);
        var kind = KindClassifier.Classify(text, title, subject);
        var proceedings = printed is null ? HandelingenHead.Session(source) : null;
        return new DocumentIdentity
        {
            Kind = proceedings is null ? kind.Kind : DocumentKind.Verslag,
            Dossier = printed?.Dossier,
            Number = printed?.Number,
            Session = printed?.Session ?? proceedings,
            Date = LetterDateReader.Read(source),
            Subject = subject?.Subject,
            Title = title,
            Signatories = SignatureReader.Read(text),
            Evidence = kind.Evidence ?? subject?.Span,
        };
    }
}
