namespace Mandaat.Missions.Tests.Assignment;

/// <summary>
/// The held-out assignment figures a change must not fall below (docs/MISSIONS.md "Held-out assignment"): the
/// documents in the right mission per half as last measured, less one, and the spurious links as measured plus two.
/// </summary>
public static class AssignmentFloors
{
    public const int TuningRight = 36;

    public const int HeldOutRight = 32;

    public const int MostSpuriousLinks = 15;
}
