using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Mandaat.Missions;

namespace Mandaat.Register.Materialised;

/// <summary>
/// Which provisional missions a text names, each mission's names looked for alone. A mission none of whose names
/// stands in a text changes nothing the name scan finds there, with it or without it (at no place can one of its
/// names match, so at every place the same name wins), so a document's links depend only on the provisional
/// missions it names: an entry keeps them (<see cref="RegisterEntry.Named"/>), and a new provisional mission
/// needs only the texts that name it projected again.
/// </summary>
internal sealed class ProvisionalNames
{
    // One small catalogue per mission (as it is: its names, its period), compiled once per process.
    private readonly ConcurrentDictionary<string, MissionCatalog> _alone = new(StringComparer.Ordinal);

    /// <summary>
    /// A mission as an entry was scanned with: its id and a hash of everything the scan reads of it, so that a
    /// mission of the same id another letter now stands for (another period, another printed name) counts as another.
    /// </summary>
    public static string Key(Mission mission)
    {
        ArgumentNullException.ThrowIfNull(mission);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(RegisterStorageJson.Write(mission)));
        return $"{mission.Id}#{Convert.ToHexStringLower(hash)[..12]}";
    }

    /// <summary>Those of <paramref name="missions"/> one of whose names stands in the text, in their order.</summary>
    public IReadOnlyList<Mission> In(string text, IEnumerable<Mission> missions) =>
        missions.Where(m => _alone.GetOrAdd(Key(m), _ => new MissionCatalog([m])).Mentions(text).Any()).ToList();
}
