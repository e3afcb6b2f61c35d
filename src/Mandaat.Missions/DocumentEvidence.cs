using Mandaat.Core.Facts;

namespace Mandaat.Missions;

/// <summary>What a document offers <see cref="MissionLinker"/> as evidence of its missions: its id, dossier, text and facts (with their mission tags and references).</summary>
public sealed record DocumentEvidence(string Id, string? Dossier, string Text, IReadOnlyList<Fact> Facts)
{
    /// <summary>Its date, printed or inferred: tells apart missions that share a name (<see cref="MissionCatalog.Mentions(string, DateOnly?)"/>).</summary>
    public DateOnly? Date { get; init; }
}
