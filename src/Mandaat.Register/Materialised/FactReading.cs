namespace Mandaat.Register.Materialised;

/// <summary>
/// What a fact's sentence says beyond the fact, read from the text once, when the document is stored: an amount's
/// role for the mission (<see cref="Missions.MoneyRoles"/>, null when it is not the mission's money) and the year
/// it is for, and whether an asset is equipment given to a partner rather than deployed.
/// </summary>
public sealed record FactReading(string? MoneyRole, int? Year, bool Donated)
{
    public static FactReading None { get; } = new(null, null, false);
}
