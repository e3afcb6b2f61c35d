namespace Mandaat.Register.Missions;

/// <summary>
/// A mission on one date, as the decisions dated on or before it left it: each field from the latest decision that
/// states it. <see cref="InForce"/> is false before the first decision, after a letter that ends the mission and
/// after the last mandate end; <see cref="Decisions"/> are the letters it was folded from, oldest first.
/// </summary>
public sealed record MissionState(
    DateOnly Date,
    bool InForce,
    DateOnly? MandateEnd,
    int? PersonnelCap,
    IReadOnlyList<AssetSummary> Assets,
    IReadOnlyList<AssetSummary> Donations,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<string> Decisions);
