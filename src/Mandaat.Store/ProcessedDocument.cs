using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;

namespace Mandaat.Store;

/// <summary>One document after the whole pipeline: what the store keeps in one transaction.</summary>
public sealed record ProcessedDocument(
    string Id,
    string ContentHash,
    string Path,
    NormalizedText Text,
    DocumentIdentity Identity,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<QuestionAnswer> Questions,
    IReadOnlyList<Fact> Facts)
{
    /// <summary>The title people see in lists: the subject, else the printed title, else a Kamerstuk label, else the first words.</summary>
    public string Title => DocumentTitle.For(Identity, Text.Text);

    /// <summary>How the store lists this document once it is inserted: built here, so ingest need not read it back.</summary>
    public DocumentSummary Summary => new(Id, Path, Identity.Kind, Identity.Dossier, Identity.Number, Identity.Session, Identity.Date, Title);
}
