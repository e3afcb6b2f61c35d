using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Register.Citations;
using Mandaat.Store;

namespace Mandaat.Register.Materialised;

/// <summary>
/// What the register keeps of one stored document (the JSON of its <c>register_entries</c> row): everything the
/// register reads of it, so that the register of a whole store is made without reading one text. Made from the
/// document alone by <see cref="RegisterProjection"/>: the links it makes by itself, the papers it cites and the
/// dates it cites them with, the operations it names that no catalogue lists, the opening its role is read from,
/// its facts (without questions and sections) and what each fact's sentence says (<see cref="Readings"/>, in the
/// order of <see cref="Facts"/>), and which provisional missions it was scanned with (<see cref="ScannedWith"/>).
/// </summary>
public sealed record RegisterEntry(
    DocumentSummary Summary,
    string? Subject,
    string Opening,
    IReadOnlyList<Signatory> Signatories,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<FactReading> Readings,
    LinkEvidence Links,
    IReadOnlyList<CitedDate> CitedDates,
    IReadOnlyList<Mission> Provisional,
    IReadOnlyList<string> ScannedWith)
{
    /// <summary>
    /// For a paper with neither a printed date nor a session, the latest whole day its text cites
    /// (<see cref="TextDates.LatestDay"/>); null otherwise. The register shows it marked inferred when nothing better dates the paper.
    /// </summary>
    public DateOnly? TextDate { get; init; }

    /// <summary>
    /// Of the provisional missions the entry was scanned with (<see cref="ScannedWith"/>, each as its
    /// <see cref="ProvisionalNames.Key"/>), those one of whose names stands in the text: only these can have changed
    /// its links, so a mission that leaves the store and is not among them leaves the entry as it is.
    /// </summary>
    public IReadOnlyList<string> Named { get; init; } = [];

    /// <summary>The document as the register's rules read it: its opening stands for its text.</summary>
    public DocumentDetail Detail() => new(Summary, string.Empty, Subject, Opening, [], [], Signatories, [], Facts);
}
