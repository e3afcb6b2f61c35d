namespace Mandaat.Store.Register;

/// <summary>A document just processed as the register projection reads it: the <see cref="DocumentDetail"/> a store would return for it.</summary>
public static class RegisterSource
{
    public static DocumentDetail Of(ProcessedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var identity = document.Identity;
        var text = document.Text;
        var paragraphs = text.Paragraphs.Select((p, i) => new StoredParagraph(i, p.Start, p.End, text.PageAt(p.Start))).ToList();
        return new DocumentDetail(
            document.Summary, text.Source.Format, identity.Subject, text.Text, paragraphs, document.Sections, identity.Signatories, document.Questions, document.Facts);
    }

    /// <summary>The entry of a document when the store has a projection, else null (the register makes it when it is read).</summary>
    public static RegisterEntryRow? Entry(IRegisterProjection? projection, DocumentDetail document) =>
        projection is null ? null : new RegisterEntryRow(document.Summary.Id, projection.Version, projection.Project(document));
}
