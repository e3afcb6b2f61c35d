using System.Globalization;
using System.Runtime.CompilerServices;
using Mandaat.Missions;
using Mandaat.Register.Citations;
using Mandaat.Register.Commitments;
using Mandaat.Register.Corpus;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Register;

namespace Mandaat.Register.Materialised;

/// <summary>
/// The register as the store keeps it: the mission list, each mission and the commitments are snapshots made from
/// the documents' entries (<see cref="RegisterEntry"/>, written when each document was saved) and read as one row
/// each, so a page or <c>/api/missions</c> costs the same with 10 or 100,000 documents. A snapshot holds for one
/// stamp (the store's register generation, the catalogue, the day: status depends on the date); when the stamp
/// moved, the snapshots are made again from the entries, once, by the first reader, reading no text. Each snapshot is
/// read and deserialised once per stamp and store (<see cref="SnapshotCache"/>): a request costs the stamp's query.
/// </summary>
public sealed class MaterialisedRegister(MissionCatalog catalog, TimeProvider clock)
{
    private const string MissionsName = "missions";
    private const string ProvisionalName = "provisional";
    private const string CommitmentsName = "commitments";
    private const string MissionPrefix = "mission:";
    private const string CitingName = "citing";
    private const string ProvisionalCatalogName = "provisional-catalogue";

    // Raised when the set of snapshots changes (2: the citing papers), so snapshots made before are made again.
    private const int SnapshotFormat = 2;

    // The register's rules are in this assembly: a snapshot a build with other rules made (a cap or a status read
    // differently) is made again by the first reader after an upgrade rather than served until the next change. The
    // build is deterministic, so the same code keeps the same id and several processes of one build share snapshots.
    private static readonly string Rules = typeof(MaterialisedRegister).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    // One mission's whole register is kept in memory within this many characters of JSON for all missions together
    // (a big mission's is megabytes at 20,000 documents); the least recently read is dropped first.
    private const long MissionBudget = 64L * 1024 * 1024;

    // A store whose entries change while they are brought up to date is read again, at most this often.
    private const int Passes = 3;

    private readonly RegisterProjection _projection = new(catalog);

    // Per store object, so two stores read through one register (copy) never see each other's snapshots.
    private readonly ConditionalWeakTable<IDocumentStore, SnapshotCache> _caches = [];

    /// <summary>The projection the store should be opened with, so that each save writes its document's entry.</summary>
    public IRegisterProjection Projection => _projection;

    /// <summary>What this register read and kept of <paramref name="store"/>'s snapshots; its <see cref="SnapshotCache.Loads"/> counts the reads.</summary>
    public SnapshotCache CacheOf(IDocumentStore store) => _caches.GetValue(store, _ => new SnapshotCache(MissionBudget));

    public async Task<IReadOnlyList<MissionSummary>> MissionsAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        (await IndexAsync(store, cancellationToken)).Missions;

    /// <summary>The missions list with a document's missions and a mission by id, made once per state of the register.</summary>
    public Task<MissionList> IndexAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        CachedAsync(store, MissionsName, body => new MissionList(RegisterStorageJson.Read<List<MissionSummary>>(body ?? "[]")), cancellationToken);

    public async Task<IReadOnlyList<TrackedCommitment>> CommitmentsAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        await CachedAsync<IReadOnlyList<TrackedCommitment>>(store, CommitmentsName, body => RegisterStorageJson.Read<List<TrackedCommitment>>(body ?? "[]"), cancellationToken);

    /// <summary>The operations the store's decision letters name that no catalogue lists.</summary>
    public async Task<IReadOnlyList<Mission>> ProvisionalAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        await CachedAsync<IReadOnlyList<Mission>>(store, ProvisionalName, body => RegisterStorageJson.Read<List<Mission>>(body ?? "[]"), cancellationToken);

    /// <summary>The stored papers that cite the paper of this dossier and number, without reading any fact.</summary>
    public async Task<IReadOnlyList<string>> CitingAsync(IDocumentStore store, string? dossier, string? number, CancellationToken cancellationToken) =>
        (await CachedAsync(store, CitingName, body => CitingPapers.From(RegisterStorageJson.Read<Dictionary<string, List<string>>>(body ?? "{}")), cancellationToken))
            .Of(dossier, number);

    /// <summary>One mission by id or name (the catalogue's, else a provisional one of the store); null when there is none.</summary>
    public async Task<MissionDetail?> MissionAsync(IDocumentStore store, string idOrName, CancellationToken cancellationToken)
    {
        var mission = catalog.Find(idOrName.Trim()) ?? (await ProvisionalCatalogAsync(store, cancellationToken)).Find(idOrName.Trim());
        if (mission is null)
        {
            return null;
        }

        // A mission no stored document concerns has no snapshot of its own: it is its empty register.
        return await CachedAsync(store, MissionPrefix + mission.Id, bounded: true, body => body is null
                ? new MissionRegister(catalog, clock).Build(new RegisterCorpus([], []), mission)
                : RegisterStorageJson.Read<MissionDetail>(body), cancellationToken);
    }

    /// <summary>
    /// Every mission with documents, whole, in the list's order (exports): the list's snapshot and each mission's,
    /// one row each, no document read.
    /// </summary>
    public async Task<IReadOnlyList<MissionDetail>> AllAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        // Read past the cache: an export reads each mission once, and keeping every one would hold the whole register.
        var details = new List<MissionDetail>();
        var stamp = Stamp(await store.RegisterGenerationAsync(cancellationToken));
        foreach (var summary in await MissionsAsync(store, cancellationToken))
        {
            if (await SnapshotAsync(store, stamp, MissionPrefix + summary.Id, cancellationToken) is { } body)
            {
                details.Add(RegisterStorageJson.Read<MissionDetail>(body));
            }
        }

        return details;
    }

    /// <summary>Makes the snapshots again unless they are current: after an ingest, so the first reader does not wait.</summary>
    public async Task<RegisterRefreshed> RefreshAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var stamp = Stamp(await store.RegisterGenerationAsync(cancellationToken));
        if (await store.GetRegisterSnapshotAsync(MissionsName, stamp, cancellationToken) is not null)
        {
            return RegisterRefreshed.Current;
        }

        var built = await CacheOf(store).JoinAsync(() => BuildAsync(store, CancellationToken.None)).WaitAsync(cancellationToken);
        return built.Done;
    }

    /// <summary>Forgets every entry and snapshot and makes them again from the stored documents (<c>mandaat reindex</c>).</summary>
    public async Task<RegisterRebuild> RebuildAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        await store.ClearRegisterAsync(cancellationToken);
        var made = await BuildAsync(store, cancellationToken);
        return new RegisterRebuild(made.Done.Documents, made.Done.EntriesRead, made.Bodies.Keys.Count(k => k.StartsWith(MissionPrefix, StringComparison.Ordinal)));
    }

    // The provisional missions as a catalogue to find one by name in, made once per stamp.
    private Task<MissionCatalog> ProvisionalCatalogAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        CachedDerivedAsync(store, ProvisionalCatalogName, async ct => new MissionCatalog(await ProvisionalAsync(store, ct)), cancellationToken);

    private Task<T> CachedAsync<T>(IDocumentStore store, string name, Func<string?, T> read, CancellationToken cancellationToken) =>
        CachedAsync(store, name, bounded: false, read, cancellationToken);

    // The snapshot of this name for the store's current stamp, read and deserialised once for that stamp.
    private async Task<T> CachedAsync<T>(IDocumentStore store, string name, bool bounded, Func<string?, T> read, CancellationToken cancellationToken)
    {
        var stamp = Stamp(await store.RegisterGenerationAsync(cancellationToken));
        return await CacheOf(store).GetAsync(stamp, name, bounded, async () =>
        {
            var body = await SnapshotAsync(store, stamp, name, CancellationToken.None);
            return (read(body), body?.Length ?? 0L);
        }, cancellationToken);
    }

    // A value derived from snapshots (not stored), made once for the store's current stamp.
    private async Task<T> CachedDerivedAsync<T>(IDocumentStore store, string name, Func<CancellationToken, Task<T>> make, CancellationToken cancellationToken)
    {
        var stamp = Stamp(await store.RegisterGenerationAsync(cancellationToken));
        return await CacheOf(store).GetAsync(stamp, name, bounded: false, async () => (await make(CancellationToken.None), 0L), cancellationToken);
    }

    // The snapshot of this name for this stamp; made (with all others) when the stamp moved. Null when the current
    // snapshots have none of this name (a mission without documents).
    private async Task<string?> SnapshotAsync(IDocumentStore store, string stamp, string name, CancellationToken cancellationToken)
    {
        if (await store.GetRegisterSnapshotAsync(name, stamp, cancellationToken) is { } body)
        {
            return body;
        }

        if (name != MissionsName && await store.GetRegisterSnapshotAsync(MissionsName, stamp, cancellationToken) is not null)
        {
            return null;
        }

        // Readers of several snapshots at once (a page's missions and commitments) make them once, not once each.
        var built = await CacheOf(store).JoinAsync(() => BuildAsync(store, CancellationToken.None)).WaitAsync(cancellationToken);
        return built.Bodies.GetValueOrDefault(name);
    }

    private string Stamp(long generation) =>
        string.Create(CultureInfo.InvariantCulture, $"{generation}|{_projection.Version}|s{SnapshotFormat}|{Rules}|{DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime):yyyy-MM-dd}");

    private async Task<Built> BuildAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var done = RegisterRefreshed.Current;
        for (var pass = 1; ; pass++)
        {
            var generation = await store.RegisterGenerationAsync(cancellationToken);
            var (entries, made, now) = await EntriesAsync(store, cancellationToken);
            done = done.Then(now);
            if (made.Count > 0)
            {
                await store.PutRegisterEntriesAsync(made, cancellationToken);
                // The entries raised the generation by one; anything more is another writer's, and then read again.
                if (await store.RegisterGenerationAsync(cancellationToken) != generation + 1 && pass < Passes)
                {
                    continue;
                }

                generation++;
            }

            var bodies = Snapshots(EntryCorpus.Build(catalog, entries));
            await store.PutRegisterSnapshotsAsync(Stamp(generation), bodies, cancellationToken);
            return new Built(bodies, done);
        }
    }

    // The stored entries in list order; a document without a current one (stored before migration 10, by a store
    // opened without the projection, or under another catalogue) is read whole once and its entry made. An entry
    // scanned with other provisional missions than the store's now is made again from its document only when its links
    // can differ: it named one that left the store or now stands for another letter's reading, or its text (read
    // alone) names one it was not scanned with; then its links are made again from its text and facts. Any other is
    // marked scanned with the store's set without being read. Either gives the entry re-projecting the whole document
    // would (<see cref="ProvisionalNames"/>, <see cref="RegisterProjection.Relinked"/>).
    private async Task<Entries> EntriesAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var stored = (await store.RegisterEntriesAsync(cancellationToken))
            .Where(r => r.Version == _projection.Version)
            .ToDictionary(r => r.DocumentId, r => RegisterStorageJson.Read<RegisterEntry>(r.Entry), StringComparer.Ordinal);
        var summaries = await store.ListAsync(DocumentFilter.None, cancellationToken);
        var made = new Dictionary<string, RegisterEntry>(StringComparer.Ordinal);
        var read = 0;
        foreach (var summary in summaries.Where(s => !stored.ContainsKey(s.Id)))
        {
            if (await store.GetAsync(summary.Id, cancellationToken) is { } detail)
            {
                stored[summary.Id] = made[summary.Id] = _projection.Entry(detail, []);
                read++;
            }
        }

        var provisional = EntryCorpus.Provisional(summaries.Where(s => stored.ContainsKey(s.Id)).Select(s => stored[s.Id]));
        var keys = provisional.ToDictionary(m => m.Id, ProvisionalNames.Key, StringComparer.Ordinal);
        var (relinked, marked) = (0, 0);
        foreach (var summary in summaries.Where(s => stored.ContainsKey(s.Id)))
        {
            var entry = stored[summary.Id];
            var own = entry.Provisional.ToDictionary(m => m.Id, ProvisionalNames.Key, StringComparer.Ordinal);
            var target = RegisterProjection.ScanSet(entry.Provisional, provisional);
            var targetKeys = target.Select(m => own.GetValueOrDefault(m.Id) ?? keys[m.Id]).ToList();
            if (targetKeys.SequenceEqual(entry.ScannedWith, StringComparer.Ordinal))
            {
                continue;
            }

            // A mission it named left the store (or another letter's reading stands for it now), or one it was not
            // scanned with may stand in its text: its text is read alone to see.
            var unnamed = entry.Named.Except(targetKeys, StringComparer.Ordinal).Any();
            var added = target.Where((_, i) => !entry.ScannedWith.Contains(targetKeys[i], StringComparer.Ordinal)).ToList();
            var text = unnamed || added.Count > 0 ? await store.GetTextAsync(summary.Id, cancellationToken) : null;
            if (text is not null && (unnamed || _projection.NamedIn(text, added).Count > 0))
            {
                var facts = await store.GetFactsAsync(summary.Id, null, cancellationToken);
                stored[summary.Id] = made[summary.Id] = _projection.Relinked(entry, text, facts, provisional);
                relinked++;
            }
            else if (text is not null || (!unnamed && added.Count == 0))
            {
                stored[summary.Id] = made[summary.Id] = entry with { ScannedWith = targetKeys };
                marked++;
            }
        }

        var rows = made.Select(e => new RegisterEntryRow(e.Key, _projection.Version, RegisterStorageJson.Write(e.Value))).ToList();
        return new Entries(summaries.Where(s => stored.ContainsKey(s.Id)).Select(s => stored[s.Id]).ToList(), rows, new RegisterRefreshed(stored.Count, read, relinked, marked));
    }

    private Dictionary<string, string> Snapshots(RegisterCorpus corpus)
    {
        var missions = new MissionRegister(catalog, clock).All(corpus);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MissionsName] = RegisterStorageJson.Write(missions.Select(m => m.Mission).ToList()),
            [ProvisionalName] = RegisterStorageJson.Write(corpus.Provisional),
            [CommitmentsName] = RegisterStorageJson.Write(CommitmentTracker.Track(corpus)),
            [CitingName] = RegisterStorageJson.Write(CitingPapers.Build(corpus).Stored),
        };
        foreach (var mission in missions)
        {
            bodies[MissionPrefix + mission.Mission.Id] = RegisterStorageJson.Write(mission);
        }

        return bodies;
    }

    private sealed record Built(IReadOnlyDictionary<string, string> Bodies, RegisterRefreshed Done);

    private sealed record Entries(List<RegisterEntry> Listed, List<RegisterEntryRow> Made, RegisterRefreshed Done);
}
