namespace Mandaat.Register.Materialised;

/// <summary>
/// What bringing the register up to date did: documents with an entry, entries made again from their whole document
/// (<see cref="EntriesRead"/>: none stored, or stored under another catalogue), entries whose links were made again
/// from their text and facts because the text names a provisional mission that came or went
/// (<see cref="EntriesRelinked"/>), and entries only marked scanned with the store's provisional missions, their
/// document not read (<see cref="EntriesMarked"/>). All zero when the snapshots were current.
/// </summary>
public sealed record RegisterRefreshed(int Documents, int EntriesRead, int EntriesRelinked, int EntriesMarked)
{
    public static RegisterRefreshed Current { get; } = new(0, 0, 0, 0);

    /// <summary>This pass followed by another over the store (a writer changed it meanwhile): the documents are the last pass's.</summary>
    public RegisterRefreshed Then(RegisterRefreshed next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new(next.Documents, EntriesRead + next.EntriesRead, EntriesRelinked + next.EntriesRelinked, EntriesMarked + next.EntriesMarked);
    }
}
