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
        var (head, title, dossiers) = KamerstukHead.Read(source);
        var printed = Numbering(FooterReader.Read(source), head, SiteMetadata.Read(source));
        var subject = SubjectReader.Read(text);
        var kind = KindClassifier.Classify(text, title, subject);
        var proceedings = printed is null ? HandelingenHead.Session(source) : null;
        return new DocumentIdentity
        {
            Kind = proceedings is null ? kind.Kind : DocumentKind.Verslag,
            Dossier = printed?.Dossier,
            Dossiers = printed?.Dossier is { } dossier ? (dossiers.Contains(dossier) ? dossiers : [dossier]) : [],
            Number = printed?.Number,
            Session = printed?.Session ?? proceedings,
            Date = LetterDateReader.Read(source),
            Subject = subject?.Subject,
            Title = title,
            Signatories = SignatureReader.Read(text),
            Evidence = kind.Evidence ?? subject?.Span,
        };
    }

    /// <summary>
    /// The paper's numbering by how surely it is the paper's own: a footer printed on every page (or a site's
    /// header row), the head above the text, then a site's metadata line. A vergaderjaar missing from the
    /// first is taken from another that gives the same dossier and number.
    /// </summary>
    private static PrintedNumber? Numbering(params PrintedNumber?[] candidates)
    {
        var found = candidates.OfType<PrintedNumber>().ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var first = found[0];
        var session = first.Session ?? found.FirstOrDefault(c => c.Session is not null && c.Dossier == first.Dossier && c.Number == first.Number)?.Session;
        return first with { Session = session };
    }
}
