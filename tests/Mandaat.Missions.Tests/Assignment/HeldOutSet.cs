namespace Mandaat.Missions.Tests.Assignment;

/// <summary>
/// A set of real documents gathered after the assignment rules were written (docs/MISSIONS.md "Held-out
/// assignment"), with the figures a change must not fall below: the documents in the right mission per half as last
/// measured, less one, and the spurious links as measured plus two, so a regression fails while a single borderline
/// document does not.
/// </summary>
public sealed record HeldOutSet(string Folder, string Gold, int TuningRight, int HeldOutRight, int MostSpuriousLinks)
{
    public static readonly HeldOutSet First = new("assignment-heldout", AssignedDocument.HeldOutGold, TuningRight: 36, HeldOutRight: 33, MostSpuriousLinks: 15);

    public static readonly HeldOutSet Second = new("assignment-heldout-2", AssignedDocument.SecondHeldOutGold, TuningRight: 31, HeldOutRight: 34, MostSpuriousLinks: 13);

    /// <summary>The floor of the two held-out halves taken together (the first set's and the second set's), less one.</summary>
    public const int CombinedHeldOutRight = 68;

    public static IReadOnlyList<HeldOutSet> All { get; } = [First, Second];

    public string FolderPath => Path.Combine(RepoPaths.Root, "tests", "data", Folder);

    public static HeldOutSet Named(string folder) => All.Single(set => set.Folder == folder);

    public IReadOnlyList<AssignedDocument> ReadGold() => AssignedDocument.ReadGold(Gold);
}
