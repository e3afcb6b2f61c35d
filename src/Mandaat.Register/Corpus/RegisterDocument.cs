using Mandaat.Core.Documents;
using Mandaat.Store;

namespace Mandaat.Register.Corpus;

/// <summary>
/// A stored document as the register sees it: its date (its own, or the one later documents cite it
/// with, see <see cref="DateSource"/>) and the catalogue missions it concerns, strongest first.
/// </summary>
public sealed record RegisterDocument(DocumentDetail Detail, DateOnly? Date, string? DateSource, IReadOnlyList<string> Missions)
{
    /// <summary>The document printed its own date.</summary>
    public const string DatePrinted = "document";

    /// <summary>The document prints no date; later documents cite it with this one.</summary>
    public const string DateCited = "cited";

    /// <summary>Neither printed nor cited: placed after the latest date it cites, else in the middle of its session, else where its text's dates place it; shown as inferred, not as its date.</summary>
    public const string DateInferred = "inferred";

    /// <summary>The document's own date or one later documents agree on; an inferred date only orders it.</summary>
    public DateOnly? KnownDate => DateSource == DateInferred ? null : Date;

    public string Id => Detail.Summary.Id;

    public DocumentKind Kind => Detail.Summary.Kind;

    public string Title => Detail.Summary.Title;

    /// <summary>What each fact's sentence says (in the order of the detail's facts), read when the document was stored; null when its text is at hand to read it.</summary>
    public IReadOnlyList<Materialised.FactReading>? Readings { get; init; }

    public bool Concerns(string missionId) => Missions.Contains(missionId, StringComparer.Ordinal);
}
