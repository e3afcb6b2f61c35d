using Mandaat.Core.Facts;

namespace Mandaat.Register.Commitments;

/// <summary>
/// A commitment to parliament across the documents: who made it (the signatories of the document that
/// states it), when (<see cref="Made"/>, the debate or letter date), where, and whether a later
/// document fulfilled it (<see cref="FulfilledBy"/>). A report of a fulfilled commitment ("Zoals
/// toegezegd tijdens het AO van …") is itself fulfilled by its document and names the earlier
/// commitment it reports on in <see cref="Fulfils"/> when the store holds it.
/// </summary>
public sealed record TrackedCommitment(
    string Id,
    string Quote,
    DateOnly? Made,
    string Document,
    DateOnly? DocumentDate,
    string Status,
    string? FulfilledBy,
    string? Fulfils,
    IReadOnlyList<string> By,
    IReadOnlyList<string> Missions,
    Citation? Citation)
{
    /// <summary>The official register's commitment (Toezegging) that is this one, or that this is when it is listed as official-only.</summary>
    public Store.OfficialCommitment? Official { get; init; }
}
