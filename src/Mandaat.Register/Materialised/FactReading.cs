namespace Mandaat.Register.Materialised;

/// <summary>
/// What a fact's sentence says beyond the fact, read from the text once, when the document is stored: an amount's
/// role for the mission (<see cref="Missions.MoneyRoles"/>, null when it is not the mission's money) and the year
/// it is for, and whether an asset is equipment given to a partner rather than deployed. <see cref="Sentence"/> is the
/// whole sentence the fact stands in, kept only for a fact that can take part in a conflict (a personnel cap, an asset
/// deployed, an estimate or realisation of a year), so that a conflict shows it without reading the text and an
/// entry does not keep every sentence. <see cref="Foreign"/> marks a count or statement that is another state's or the
/// whole force's rather than the Dutch contribution (<see cref="Missions.ForeignShare"/>).
/// </summary>
public sealed record FactReading(string? MoneyRole, int? Year, bool Donated, string? Sentence)
{
    public bool Foreign { get; init; }

    public static FactReading None { get; } = new(null, null, false, null);
}
