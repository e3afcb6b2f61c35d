using Mandaat.Core.Documents;
using Mandaat.Missions;
using Mandaat.Register.Corpus;
using Mandaat.Register.Materialised;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Register;

namespace Mandaat.Register.Tests;

/// <summary>
/// The register the store keeps (issue 22, item 5): each document's entry written in its save's transaction, the
/// register read from the entries equal to the register of every document read whole, and kept current by saves,
/// new versions, removals, a changed catalogue and <c>reindex</c>. Bound to each backend by a one-line subclass.
/// </summary>
public abstract class MaterialisedRegisterContract : IAsyncLifetime
{
    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    private readonly MissionRegister _register = new(Catalog, new FixedClock(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    private IDocumentStore _store = null!;

    protected abstract Task<IDocumentStore> CreateEmptyStoreAsync(IRegisterProjection? projection);

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync(_register.Materialised.Projection);
        await _store.MigrateAsync(default);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Saving_a_document_writes_its_register_entry_and_raises_the_generation()
    {
        var before = await _store.RegisterGenerationAsync(default);
        await SaveLettersAsync();

        var entries = await _store.RegisterEntriesAsync(default);
        Assert.Equal(RegisterLetters.All().Select(l => l.Id).Order(), entries.Select(e => e.DocumentId).Order());
        Assert.All(entries, e => Assert.Equal(_register.Materialised.Projection.Version, e.Version));
        Assert.True(await _store.RegisterGenerationAsync(default) >= before + entries.Count);
        var decision = RegisterStorageJson.Read<RegisterEntry>(entries.Single(e => e.DocumentId == "kst-27925-900").Entry);
        Assert.Equal([RegisterLetters.Mission], decision.Links.Direct);
    }

    [Fact]
    public async Task The_register_read_from_the_entries_equals_the_register_of_every_document_read_whole()
    {
        await SaveLettersAsync();
        await SaveSamplesAsync();

        var whole = _register.All(await _register.LoadAsync(_store, default));
        var listed = await _register.ListAsync(_store, default);

        Assert.NotEmpty(listed);
        Assert.Equal(RegisterStorageJson.Write(whole.Select(m => m.Mission).ToList()), RegisterStorageJson.Write(listed));
        foreach (var mission in whole)
        {
            Assert.Equal(RegisterStorageJson.Write(mission), RegisterStorageJson.Write(await _register.GetAsync(_store, mission.Mission.Id, default)));
        }

        var tracker = new Commitments.CommitmentTracker(Catalog);
        Assert.Equal(
            RegisterStorageJson.Write(Commitments.CommitmentTracker.Track(await _register.LoadAsync(_store, default))),
            RegisterStorageJson.Write(await tracker.ListAsync(_store, new Commitments.CommitmentFilter(null), default)));
    }

    [Fact]
    public async Task A_removal_and_a_new_document_change_the_register_at_once()
    {
        await SaveLettersAsync();
        Assert.Contains("kst-27925-930", (await _register.GetAsync(_store, RegisterLetters.Mission, default))!.Mission.Documents);

        Assert.True(await _store.DeleteAsync("kst-27925-930", default));
        Assert.DoesNotContain("kst-27925-930", (await _register.GetAsync(_store, RegisterLetters.Mission, default))!.Mission.Documents);
        Assert.DoesNotContain(await _store.RegisterEntriesAsync(default), e => e.DocumentId == "kst-27925-930");

        await _store.SaveAsync(RegisterLetters.All().Single(l => l.Id == "kst-27925-930"), default);
        Assert.Contains("kst-27925-930", (await _register.ListAsync(_store, default)).Single(m => m.Id == RegisterLetters.Mission).Documents);
    }

    [Fact]
    public async Task Entries_made_under_another_catalogue_are_made_again_from_the_text()
    {
        await SaveLettersAsync();
        var own = new Mission("zeemeeuw", "Operatie Zeemeeuw", ["Zeemeeuw"], [], [], []);
        var other = new MissionRegister(new MissionCatalog(Catalog.Missions.Append(own)));
        Assert.NotEqual(_register.Materialised.Projection.Version, other.Materialised.Projection.Version);

        var listed = await other.ListAsync(_store, default);

        Assert.Contains(listed, m => m.Id == RegisterLetters.Mission);
        Assert.All(await _store.RegisterEntriesAsync(default), e => Assert.Equal(other.Materialised.Projection.Version, e.Version));
    }

    [Fact]
    public async Task Reindex_forgets_every_entry_and_makes_it_again_and_a_store_without_entries_gets_them_when_read()
    {
        await SaveLettersAsync();
        var before = RegisterStorageJson.Write(await _register.ListAsync(_store, default));

        var rebuilt = await _register.Materialised.RebuildAsync(_store, default);

        Assert.Equal((RegisterLetters.All().Count, RegisterLetters.All().Count), (rebuilt.Documents, rebuilt.EntriesMade));
        Assert.True(rebuilt.Missions >= 1);
        Assert.Equal(before, RegisterStorageJson.Write(await _register.ListAsync(_store, default)));
        Assert.Equal(RegisterLetters.All().Count, (await _store.RegisterEntriesAsync(default)).Count);
    }

    [Fact]
    public async Task A_mission_without_documents_is_its_empty_register_and_an_unknown_one_is_null()
    {
        await SaveLettersAsync();

        var empty = await _register.GetAsync(_store, "kfor", default);

        Assert.NotNull(empty);
        Assert.Empty(empty.Mission.Documents);
        Assert.Null(await _register.GetAsync(_store, "no such mission", default));
    }

    private async Task SaveLettersAsync()
    {
        foreach (var letter in RegisterLetters.All())
        {
            await _store.SaveAsync(letter, default);
        }
    }

    private async Task SaveSamplesAsync()
    {
        var processor = Pipeline.DefaultPipeline.CreateProcessor(Catalog);
        foreach (var path in Directory.GetFiles(IngestedSamples.SamplesFolder, "*.txt").Order())
        {
            var outcome = processor.Process(await File.ReadAllBytesAsync(path), path);
            Assert.True(outcome.Succeeded, outcome.Error);
            await _store.SaveAsync(outcome.Value, default);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
