using Mandaat.Missions;
using Mandaat.Store;

namespace Mandaat.Register.Commitments;

/// <summary>
/// Puts the official register's commitments (Toezegging) beside the ones read in the papers. An official commitment
/// and a read one are the same when they refer to the same letter or debate: the letter that fulfils it (its
/// KamerbriefNakoming) is the stored paper the read commitment stands in, or the debate it was made in is the day the
/// read commitment says it was made; among several, the one with most words in common (a match by day alone needs at
/// least one). Each is matched once; an official commitment that matches none is listed as official-only.
/// </summary>
public static class OfficialCommitmentMatch
{
    private const int MinWordLength = 4;

    /// <summary>
    /// The stored paper each Gegevensmagazijn Document id the official commitments name became (its official
    /// record), looked up one by one: a few letters, not the whole store.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> StoredLettersAsync(IDocumentStore store, IReadOnlyList<OfficialCommitment> official, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(official);
        var letters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in official.SelectMany(c => c.FulfilledBy).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await store.FindOfficialAsync("tk", id, cancellationToken) is { } source)
            {
                letters[id] = source.DocumentId;
            }
        }

        return letters;
    }

    /// <param name="stored">The stored paper of each Gegevensmagazijn Document id (<see cref="StoredLettersAsync"/>).</param>
    public static IReadOnlyList<TrackedCommitment> Merge(IReadOnlyList<TrackedCommitment> read, IReadOnlyList<OfficialCommitment> official, IReadOnlyDictionary<string, string> stored, MissionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(official);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(catalog);
        if (official.Count == 0)
        {
            return read;
        }

        var result = read.ToList();
        var taken = new HashSet<int>();
        foreach (var commitment in official.OrderBy(c => c.ActivityDate ?? c.Created ?? DateOnly.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            var letters = commitment.FulfilledBy.Select(id => stored.GetValueOrDefault(id)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var words = Words(commitment.Text);
            var best = result.Select((c, i) => (Commitment: c, Index: i))
                .Where(x => !taken.Contains(x.Index) && x.Commitment.Official is null && x.Index < read.Count)
                .Select(x => (x.Index, ByLetter: letters.Contains(x.Commitment.Document), ByDay: commitment.ActivityDate is { } day && x.Commitment.Made == day, Overlap: Words(x.Commitment.Quote).Intersect(words).Count()))
                .Where(x => x.ByLetter || (x.ByDay && x.Overlap > 0))
                .OrderByDescending(x => x.ByLetter && x.ByDay)
                .ThenByDescending(x => x.Overlap)
                .ThenBy(x => x.Index)
                .Select(x => (int?)x.Index)
                .FirstOrDefault();
            if (best is { } index)
            {
                taken.Add(index);
                result[index] = result[index] with { Official = commitment };
                continue;
            }

            result.Add(OfficialOnly(commitment, letters, catalog));
        }

        return result.OrderBy(c => c.Made ?? c.DocumentDate ?? DateOnly.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    // Listed in the read commitments' shape: made in its debate, its status the register's (kept or not), its missions those its text names.
    private static TrackedCommitment OfficialOnly(OfficialCommitment commitment, IReadOnlySet<string> letters, MissionCatalog catalog) =>
        new(
            $"toezegging:{commitment.Number ?? commitment.Id}",
            commitment.Text,
            commitment.ActivityDate ?? commitment.Created,
            commitment.Activity ?? commitment.Id,
            commitment.ActivityDate,
            commitment.Kept ? CommitmentStatus.Fulfilled : CommitmentStatus.Open,
            commitment.Kept ? letters.Order(StringComparer.Ordinal).FirstOrDefault() : null,
            null,
            commitment.By is { } by ? [by] : [],
            [.. catalog.Mentions(commitment.Text, commitment.ActivityDate).Select(m => m.Mission.Id).Distinct(StringComparer.Ordinal)],
            null)
        {
            Official = commitment,
        };

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '(', ')', ':', ';', '“', '”', '\'', '"'))
            .Where(w => w.Length >= MinWordLength)
            .ToHashSet(StringComparer.Ordinal);
}
