using Mandaat.Core.Documents;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Register.Materialised;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Register;
using Mandaat.Testing;

namespace Mandaat.Register.Tests;

/// <summary>
/// The register brought up to date when a letter names an operation no catalogue lists (a provisional mission):
/// only the documents whose text names it are made again, the others are marked unread, and every entry is the
/// one projecting its document again would give. On the real corpus (the development, held-out and assignment
/// sets), read with a catalogue that lacks six of the operations its decision letters name, so that those become
/// provisional and the reports, debates and questions that name them gain or lose the link. Bound to each backend
/// by a one-line subclass.
/// </summary>
public abstract class ProvisionalRefreshContract : IAsyncLifetime
{
    // Operations the real decision letters contribute to ("bijdrage aan de EU-operatie Atalanta"), taken out of the
    // catalogue so that the letters name them as provisional missions.
    private static readonly string[] Left = ["atalanta", "resolute-support", "allied-protector", "ocean-shield", "enduring-freedom", "unified-protector"];

    private static readonly MissionCatalog Catalog = new(MissionCatalog.Load().Missions.Where(m => !Left.Contains(m.Id)));

    private static readonly Lazy<Task<IReadOnlyList<ProcessedDocument>>> Corpus = new(ProcessCorpusAsync);

    private readonly MissionRegister _register = new(Catalog);

    private readonly RegisterProjection _projection = new(Catalog);

    private IDocumentStore _store = null!;

    protected abstract Task<IDocumentStore> CreateEmptyStoreAsync(IRegisterProjection projection);

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync(_register.Materialised.Projection);
        await _store.MigrateAsync(default);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Letters_naming_new_operations_link_stored_documents_without_reading_every_one()
    {
        var (earlier, letters) = await SplitAsync();
        await SaveAsync(earlier);
        Assert.Empty(await _register.Materialised.ProvisionalAsync(_store, default));

        await SaveAsync(letters);
        var refreshed = await _register.Materialised.RefreshAsync(_store, default);

        var provisional = await _register.Materialised.ProvisionalAsync(_store, default);
        Assert.NotEmpty(provisional);
        Assert.True(refreshed.EntriesMarked > 0, "no entry was marked without reading its document");
        Assert.True(refreshed.EntriesRelinked > 0, "no stored document names a new operation");
        Assert.Equal(0, refreshed.EntriesRead);
        Assert.True(refreshed.EntriesRelinked < refreshed.EntriesMarked, $"{refreshed.EntriesRelinked} relinked, {refreshed.EntriesMarked} marked");
        await AssertEveryEntryIsItsDocumentProjectedAgainAsync();

        // A report or debate stored before the letter now concerns the letter's operation.
        var ids = provisional.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var entries = await EntriesAsync();
        var earlierIds = earlier.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(entries.Values, e => earlierIds.Contains(e.Summary.Id) && e.Links.Direct.Any(ids.Contains));

        // reindex, which reads every document, makes the same entries.
        var before = (await _store.RegisterEntriesAsync(default)).ToDictionary(r => r.DocumentId, r => r.Entry, StringComparer.Ordinal);
        await _register.Materialised.RebuildAsync(_store, default);
        var after = (await _store.RegisterEntriesAsync(default)).ToDictionary(r => r.DocumentId, r => r.Entry, StringComparer.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
    }

    [Fact]
    public async Task A_removed_letter_takes_its_operation_out_of_the_documents_that_named_it()
    {
        var (earlier, letters) = await SplitAsync();
        await SaveAsync(earlier);
        await SaveAsync(letters);
        await _register.Materialised.RefreshAsync(_store, default);

        // The operation the most stored documents were linked to, and every letter that names it.
        var entries = await EntriesAsync();
        var gone = entries.Values.SelectMany(e => e.Links.Direct).Where(m => m.StartsWith(ProvisionalMissions.IdPrefix, StringComparison.Ordinal))
            .GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var linked = entries.Values.Where(e => e.Links.Direct.Contains(gone) && e.Provisional.All(m => m.Id != gone)).Select(e => e.Summary.Id).ToList();
        Assert.NotEmpty(linked);
        foreach (var letter in entries.Values.Where(e => e.Provisional.Any(m => m.Id == gone)))
        {
            Assert.True(await _store.DeleteAsync(letter.Summary.Id, default));
        }

        var refreshed = await _register.Materialised.RefreshAsync(_store, default);

        Assert.DoesNotContain(await _register.Materialised.ProvisionalAsync(_store, default), m => m.Id == gone);
        Assert.True(refreshed.EntriesRelinked >= linked.Count, $"{refreshed.EntriesRelinked} relinked, {linked.Count} linked");
        Assert.Equal(0, refreshed.EntriesRead);
        var now = await EntriesAsync();
        Assert.All(linked, id => Assert.DoesNotContain(gone, now[id].Links.Direct));
        Assert.DoesNotContain(now.Values, e => e.Links.Direct.Contains(gone));
        await AssertEveryEntryIsItsDocumentProjectedAgainAsync();
    }

    // Every stored entry against its document read whole and projected with the store's provisional missions.
    private async Task AssertEveryEntryIsItsDocumentProjectedAgainAsync()
    {
        var rows = (await _store.RegisterEntriesAsync(default)).ToDictionary(r => r.DocumentId, StringComparer.Ordinal);
        var listed = (await _store.ListAsync(DocumentFilter.None, default)).Select(s => RegisterStorageJson.Read<RegisterEntry>(rows[s.Id].Entry)).ToList();
        var provisional = EntryCorpus.Provisional(listed);
        Assert.Equal(listed.Count, rows.Count);
        foreach (var entry in listed)
        {
            var detail = await _store.GetAsync(entry.Summary.Id, default);
            Assert.NotNull(detail);
            Assert.Equal(RegisterStorageJson.Write(_projection.Entry(detail, provisional)), rows[entry.Summary.Id].Entry);
        }
    }

    private async Task<Dictionary<string, RegisterEntry>> EntriesAsync() =>
        (await _store.RegisterEntriesAsync(default)).ToDictionary(r => r.DocumentId, r => RegisterStorageJson.Read<RegisterEntry>(r.Entry), StringComparer.Ordinal);

    private async Task SaveAsync(IReadOnlyList<ProcessedDocument> documents)
    {
        var saved = await _store.SaveManyAsync(documents, default);
        Assert.All(saved, s => Assert.True(s.Succeeded, s.Error));
    }

    // The decision letters (the only papers that name an operation as their own) apart from everything else.
    private static async Task<(IReadOnlyList<ProcessedDocument> Earlier, IReadOnlyList<ProcessedDocument> Letters)> SplitAsync()
    {
        var corpus = await Corpus.Value;
        static bool Decides(ProcessedDocument d) => d.Summary.Kind == DocumentKind.Artikel100 || d.Summary.Kind == DocumentKind.Kennisgeving;
        return ([.. corpus.Where(d => !Decides(d))], [.. corpus.Where(Decides)]);
    }

    private static async Task<IReadOnlyList<ProcessedDocument>> ProcessCorpusAsync()
    {
        var processor = DefaultPipeline.CreateProcessor(Catalog);
        var documents = new List<ProcessedDocument>();
        foreach (var set in new[] { "realworld", "heldout", "assignment-heldout" })
        {
            foreach (var path in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "data", set), "*.txt").Order(StringComparer.Ordinal))
            {
                var outcome = processor.Process(await File.ReadAllBytesAsync(path), path);
                Assert.True(outcome.Succeeded, $"{path}: {outcome.Error}");
                documents.Add(outcome.Value);
            }
        }

        // One paper once: a second copy of a paper under another file name is a rendition, not another entry.
        return [.. documents.DistinctBy(d => d.Id)];
    }
}
