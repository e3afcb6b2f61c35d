using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Materialised;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Register;

namespace Mandaat.Register.Tests;

/// <summary>
/// The register's snapshots read once per stamp (<see cref="SnapshotCache"/>): what the cache returns equals a fresh
/// read after another store object (another process) saves or removes a document; readers arriving together load a
/// snapshot once; a document's missions and its citing papers equal the scans they replace. Bound to each backend by
/// a one-line subclass that opens store objects on one database.
/// </summary>
public abstract class RegisterCacheContract : IAsyncLifetime
{
    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    private readonly MissionRegister _register = new(Catalog);

    private IDocumentStore _store = null!;

    /// <summary>A new store object on the same database every time it is called.</summary>
    protected abstract IDocumentStore OpenStore(IRegisterProjection? projection);

    public async Task InitializeAsync()
    {
        _store = OpenStore(_register.Materialised.Projection);
        await _store.MigrateAsync(default);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task The_cache_answers_as_a_fresh_read_after_another_store_object_saves_and_removes_documents()
    {
        await SaveAsync(_store, RegisterLetters.All().Where(l => l.Id != "kst-27925-930"));
        Assert.DoesNotContain("kst-27925-930", (await _register.GetAsync(_store, RegisterLetters.Mission, default))!.Mission.Documents);
        var loads = _register.Materialised.CacheOf(_store).Loads;

        await using (var other = OpenStore(_register.Materialised.Projection))
        {
            await SaveAsync(other, RegisterLetters.All().Where(l => l.Id == "kst-27925-930"));
        }

        await AssertAsFreshAsync();
        Assert.Contains("kst-27925-930", (await _register.GetAsync(_store, RegisterLetters.Mission, default))!.Mission.Documents);
        Assert.True(_register.Materialised.CacheOf(_store).Loads > loads);

        await using (var other = OpenStore(_register.Materialised.Projection))
        {
            Assert.True(await other.DeleteAsync("kst-27925-930", default));
        }

        await AssertAsFreshAsync();
        Assert.DoesNotContain("kst-27925-930", (await _register.GetAsync(_store, RegisterLetters.Mission, default))!.Mission.Documents);
    }

    [Fact]
    public async Task Readers_arriving_together_load_each_snapshot_once_and_later_readers_not_again()
    {
        await SaveAsync(_store, RegisterLetters.All());
        await _register.Materialised.RefreshAsync(_store, default);
        var cache = _register.Materialised.CacheOf(_store);
        var before = cache.Loads;

        var lists = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => _register.ListAsync(_store, default))));
        var details = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => _register.GetAsync(_store, RegisterLetters.Mission, default))));

        Assert.Equal(before + 2, cache.Loads);
        Assert.All(lists, l => Assert.Same(lists[0], l));
        Assert.All(details, d => Assert.Same(details[0], d));

        await _register.ListAsync(_store, default);
        await _register.IndexAsync(_store, default);
        Assert.Equal(before + 2, cache.Loads);
    }

    [Fact]
    public async Task A_documents_missions_and_citing_papers_equal_the_scans_they_replace_on_real_papers()
    {
        await SaveAsync(_store, RegisterLetters.All());
        var processor = Pipeline.DefaultPipeline.CreateProcessor(Catalog);
        foreach (var path in Directory.GetFiles(IngestedSamples.SamplesFolder, "*.txt").Order())
        {
            var outcome = processor.Process(await File.ReadAllBytesAsync(path), path);
            Assert.True(outcome.Succeeded, outcome.Error);
            await _store.SaveAsync(outcome.Value, default);
        }

        var list = await _register.ListAsync(_store, default);
        var index = await _register.IndexAsync(_store, default);
        var references = (await _store.GetFactsAsync(null, FactType.Reference, default)).OfType<ReferenceFact>().ToList();
        var documents = await _store.ListAsync(DocumentFilter.None, default);
        Assert.Contains(documents, d => index.Of(d.Id).Count > 0);
        Assert.Contains(documents, d => d.Dossier is not null && d.Number is not null && references.Any(r => Same(r.Dossier, d.Dossier) && Same(r.Number, d.Number)));
        foreach (var document in documents)
        {
            Assert.Equal(list.Where(m => m.Documents.Contains(document.Id)).Select(m => m.Id), index.Of(document.Id).Select(m => m.Id));

            IEnumerable<string> scanned = document.Dossier is null || document.Number is null ? [] : references
                .Where(r => Same(r.Dossier, document.Dossier) && Same(r.Number, document.Number) && r.Citation?.Document is not null)
                .Select(r => r.Citation!.Document!).Distinct().Order(StringComparer.Ordinal);
            var kept = (await _register.Materialised.CitingAsync(_store, document.Dossier, document.Number, default)).Order(StringComparer.Ordinal);
            Assert.Equal(scanned, kept);
        }
    }

    [Fact]
    public async Task Commitment_lists_kept_per_state_answer_as_a_fresh_tracker_after_other_store_objects_write()
    {
        var tracker = new CommitmentTracker(Catalog);
        CommitmentFilter[] filters = [CommitmentFilter.None, new(CommitmentStatus.Open), new(Mission: RegisterLetters.Mission), new(From: new DateOnly(2016, 1, 1))];
        await SaveAsync(_store, RegisterLetters.All().Where(l => l.Id != "kst-27925-920"));
        await AssertListsAsFreshAsync(tracker, filters);

        // The same state answers the same lists, made once.
        var made = tracker.ListsMade;
        var open = await tracker.ListAsync(_store, filters[1], default);
        Assert.Same(open, await tracker.ListAsync(_store, filters[1], default));
        Assert.Equal(made, tracker.ListsMade);

        await using (var other = OpenStore(_register.Materialised.Projection))
        {
            await SaveAsync(other, RegisterLetters.All().Where(l => l.Id == "kst-27925-920"));
        }

        await AssertListsAsFreshAsync(tracker, filters);
        Assert.Contains(await tracker.ListAsync(_store, filters[2], default), c => c.Document == "kst-27925-920");
        Assert.True(tracker.ListsMade > made);

        // The official register's commitments are not papers: a new one is seen though the register's state stays.
        await using (var other = OpenStore(_register.Materialised.Projection))
        {
            await other.SaveOfficialCommitmentAsync(
                new OfficialCommitment { Id = "e1000000-0000-0000-0000-000000000001", Number = "TZ201512-001", Text = "De minister stuurt de Kamer een brief over de training van de Koerdische strijdkrachten.", Status = "Openstaand", ActivityDate = new DateOnly(2015, 12, 11) },
                default);
        }

        await AssertListsAsFreshAsync(tracker, filters);
        Assert.Contains(await tracker.ListAsync(_store, CommitmentFilter.None, default), c => c.Id == "toezegging:TZ201512-001");

        await using (var other = OpenStore(_register.Materialised.Projection))
        {
            Assert.True(await other.DeleteAsync("kst-27925-920", default));
        }

        await AssertListsAsFreshAsync(tracker, filters);
        Assert.DoesNotContain(await tracker.ListAsync(_store, CommitmentFilter.None, default), c => c.Document == "kst-27925-920");
    }

    // Each filter's list as the tracker keeps it, against a tracker that has read nothing yet.
    private async Task AssertListsAsFreshAsync(CommitmentTracker tracker, IEnumerable<CommitmentFilter> filters)
    {
        foreach (var filter in filters)
        {
            Assert.Equal(
                RegisterStorageJson.Write(await new CommitmentTracker(Catalog).ListAsync(_store, filter, default)),
                RegisterStorageJson.Write(await tracker.ListAsync(_store, filter, default)));
        }
    }

    // What the cache answers, against a register that has read nothing yet.
    private async Task AssertAsFreshAsync()
    {
        var fresh = new MissionRegister(Catalog);
        Assert.Equal(RegisterStorageJson.Write(await fresh.ListAsync(_store, default)), RegisterStorageJson.Write(await _register.ListAsync(_store, default)));
        Assert.Equal(
            RegisterStorageJson.Write(await fresh.GetAsync(_store, RegisterLetters.Mission, default)),
            RegisterStorageJson.Write(await _register.GetAsync(_store, RegisterLetters.Mission, default)));
        Assert.Equal(
            RegisterStorageJson.Write(await new Commitments.CommitmentTracker(Catalog).ListAsync(_store, Commitments.CommitmentFilter.None, default)),
            RegisterStorageJson.Write(await _register.Materialised.CommitmentsAsync(_store, default)));
    }

    private static async Task SaveAsync(IDocumentStore store, IEnumerable<ProcessedDocument> documents)
    {
        foreach (var document in documents)
        {
            await store.SaveAsync(document, default);
        }
    }

    private static bool Same(string? a, string? b) =>
        string.Equals(a?.Replace(" ", string.Empty, StringComparison.Ordinal), b?.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
