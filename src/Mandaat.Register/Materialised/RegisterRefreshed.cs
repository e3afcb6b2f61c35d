namespace Mandaat.Register.Materialised;

/// <summary>
/// What bringing the register up to date did: documents with an entry, entries made again from their document
/// (<see cref="EntriesRead"/>), entries only marked scanned with new provisional missions, their document not read
/// (<see cref="EntriesMarked"/>). All zero when the snapshots were current.
/// </summary>
public sealed record RegisterRefreshed(int Documents, int EntriesRead, int EntriesMarked)
{
    public static RegisterRefreshed Current { get; } = new(0, 0, 0);
}
