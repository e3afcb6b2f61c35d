using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Store.Indexing;

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

    /// <summary>
    /// Its search passages with their terms, when the pipeline analysed them ahead of the save on its workers, so
    /// that the one writer only writes. A store analyses them itself when they are missing or were made by
    /// another analyzer than its own.
    /// </summary>
    public AnalyzedPassages? Passages { get; init; }

    /// <summary>What an official source said about the paper, when it came from one (mandaat import); stored as such.</summary>
    public OfficialRecord? Official { get; init; }

    /// <summary>
    /// The one who ingests it said it is a revised text of the paper (<c>ingest --revision</c>, an upload with
    /// <c>revision=true</c>): a text whose words differ from the stored one becomes a new version whatever its file
    /// name or format, where the store would otherwise take it for a copy from another site (<see cref="Versions.VersionRule"/>).
    /// </summary>
    public bool Revision { get; init; }

    /// <summary>How the store lists this document once it is inserted: built here, so ingest need not read it back.</summary>
    public DocumentSummary Summary => new(Id, Path, Identity.Kind, Identity.Dossier, Identity.Number, Identity.Session, Identity.Date, Title);
}
