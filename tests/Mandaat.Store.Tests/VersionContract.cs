using Mandaat.Core.Facts;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Store.Versions;

namespace Mandaat.Store.Tests;

/// <summary>
/// Versions of a paper (issue 25 item 3, issue 21): a changed text of a stored paper becomes its current version,
/// the earlier one stays readable and stops counting; official sources decide by their own revision. Bound to
/// SQLite and PostgreSQL below.
/// </summary>
public abstract class VersionContract : IAsyncLifetime
{
    protected IDocumentStore Store { get; private set; } = null!;

    protected abstract Task<IDocumentStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateEmptyStoreAsync();
        await Store.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    [Fact]
    public async Task A_changed_text_of_a_stored_paper_becomes_its_second_version_and_the_first_stays_readable()
    {
        await Store.SaveAsync(TestDocuments.Letter(hash: "first"), default);

        var saved = await Store.SaveAsync(TestDocuments.Letter(hash: "corrected", text: TestDocuments.CorrectedText), default);

        Assert.Equal(new SaveResult(SaveStatus.Updated, "kst-27925-999"), saved);
        var current = (await Store.GetAsync("kst-27925-999", default))!;
        Assert.Equal(2, current.Version);
        Assert.Equal(TestDocuments.CorrectedText, current.Text);
        Assert.Equal([(1, false, "first"), (2, true, "corrected")], current.Versions.Select(v => (v.Version, v.Current, v.ContentHash)));
        var first = (await Store.GetVersionAsync("kst-27925-999", 1, default))!;
        Assert.Equal((1, TestDocuments.FirstText), (first.Version, first.Text));
        Assert.Equal(150, Assert.IsType<PersonnelFact>(first.Facts.Single(f => f.Type == FactType.Personnel)).Count);
        Assert.Equal(2, first.Sections.Count);
        Assert.Equal(TestDocuments.CorrectedText, (await Store.GetVersionAsync("kst-27925-999", 2, default))!.Text);
        Assert.Null(await Store.GetVersionAsync("kst-27925-999", 3, default));
    }

    [Fact]
    public async Task Only_the_current_versions_facts_and_passages_count()
    {
        await Store.SaveAsync(TestDocuments.Letter(hash: "first"), default);
        await Store.SaveAsync(TestDocuments.Letter(hash: "corrected", text: TestDocuments.CorrectedText), default);

        var personnel = await Store.GetFactsAsync(null, FactType.Personnel, default);
        Assert.Equal([240], personnel.Cast<PersonnelFact>().Select(f => f.Count));
        var counts = await Store.CountAsync(default);
        Assert.Equal((1, 4), (counts.Documents, counts.Facts));
        var search = Assert.IsAssignableFrom<ISearchService>(Store);
        Assert.Single((await search.SearchAsync(new SearchRequest("240"), default)).Value);
        Assert.Empty((await search.SearchAsync(new SearchRequest("150"), default)).Value);
    }

    [Fact]
    public async Task An_earlier_versions_file_again_is_recognised_and_changes_nothing()
    {
        await Store.SaveAsync(TestDocuments.Letter(hash: "first"), default);
        await Store.SaveAsync(TestDocuments.Letter(hash: "corrected", text: TestDocuments.CorrectedText), default);

        var again = await Store.SaveAsync(TestDocuments.Letter(hash: "first"), default);

        Assert.Equal(SaveStatus.Unchanged, again.Status);
        Assert.Equal("kst-27925-999", await Store.FindByContentHashAsync("first", default));
        Assert.Equal(2, (await Store.GetAsync("kst-27925-999", default))!.Version);
    }

    [Fact]
    public async Task A_third_version_keeps_both_earlier_ones()
    {
        await Store.SaveAsync(TestDocuments.Letter(hash: "first"), default);
        await Store.SaveAsync(TestDocuments.Letter(hash: "corrected", text: TestDocuments.CorrectedText), default);
        var third = await Store.SaveAsync(TestDocuments.Letter(hash: "third", text: TestDocuments.FirstText + "\n\nNaschrift."), default);

        Assert.Equal(SaveStatus.Updated, third.Status);
        var current = (await Store.GetAsync("kst-27925-999", default))!;
        Assert.Equal([1, 2, 3], current.Versions.Select(v => v.Version));
        Assert.Equal(TestDocuments.CorrectedText, (await Store.GetVersionAsync("kst-27925-999", 2, default))!.Text);
    }

    [Fact]
    public async Task The_same_words_in_another_format_or_layout_are_a_rendition_not_a_version()
    {
        await Store.SaveAsync(TestDocuments.Letter(hash: "txt"), default);
        var pdf = await Store.SaveAsync(TestDocuments.Letter(hash: "pdf", text: TestDocuments.CorrectedText, format: "pdf"), default);
        var spaced = await Store.SaveAsync(TestDocuments.Letter(hash: "spaced", text: TestDocuments.FirstText.Replace("\n\n", "\n \n", StringComparison.Ordinal)), default);

        Assert.Equal((SaveStatus.Unchanged, SaveStatus.Unchanged), (pdf.Status, spaced.Status));
        Assert.Single((await Store.GetAsync("kst-27925-999", default))!.Versions);
    }

    [Fact]
    public async Task An_official_source_decides_by_its_revision_and_is_recorded_with_the_paper()
    {
        var official = new OfficialRecord
        {
            Source = "tk",
            SourceId = "guid-1",
            Revision = "1",
            Url = "https://zoek.officielebekendmakingen.nl/kst-27925-999",
            Dossier = "27925",
            Number = "999",
            Soort = "Brief regering",
            Text = new TextIdentification("27925", "998", null, null),
        };
        await Store.SaveAsync(TestDocuments.Letter(hash: "v1") with { Official = official }, default);
        var sameRevision = await Store.SaveAsync(TestDocuments.Letter(hash: "v1-docx", text: TestDocuments.CorrectedText) with { Official = official }, default);
        var nextRevision = await Store.SaveAsync(TestDocuments.Letter(hash: "v2") with { Official = official with { Revision = "2" } }, default);

        Assert.Equal((SaveStatus.Unchanged, SaveStatus.Updated), (sameRevision.Status, nextRevision.Status));
        Assert.Equal(new OfficialSource("tk", "guid-1", "2", "kst-27925-999", "v2"), await Store.FindOfficialAsync("tk", "guid-1", default));
        var stored = (await Store.GetAsync("kst-27925-999", default))!;
        Assert.Equal(("2", official.Url), (stored.Official!.Revision, stored.Official.Url));
        Assert.Equal("official-number", Assert.Single(IdentificationWarning.For(stored)).Code);
    }

    [Fact]
    public async Task Removing_a_paper_removes_its_earlier_versions_and_source_records()
    {
        var official = new OfficialRecord { Source = "tk", SourceId = "guid-1", Revision = "1", Url = "https://example.org/1" };
        await Store.SaveAsync(TestDocuments.Letter(hash: "first") with { Official = official }, default);
        await Store.SaveAsync(TestDocuments.Letter(hash: "corrected", text: TestDocuments.CorrectedText), default);

        Assert.True(await Store.DeleteAsync("kst-27925-999", default));

        Assert.Null(await Store.GetVersionAsync("kst-27925-999", 1, default));
        Assert.Null(await Store.FindOfficialAsync("tk", "guid-1", default));
        var again = await Store.SaveAsync(TestDocuments.Letter(hash: "new"), default);
        Assert.Equal(SaveStatus.Inserted, again.Status);
        Assert.Single((await Store.GetAsync("kst-27925-999", default))!.Versions);
    }

    [Fact]
    public async Task An_import_checkpoint_is_kept_and_moved_on()
    {
        Assert.Null(await Store.GetCheckpointAsync("tk:dossier:29521", default));
        await Store.SetCheckpointAsync("tk:dossier:29521", "{\"skip\":250}", default);
        await Store.SetCheckpointAsync("tk:dossier:29521", "{\"skip\":500}", default);

        Assert.Equal("{\"skip\":500}", await Store.GetCheckpointAsync("tk:dossier:29521", default));
    }

    [Fact]
    public async Task A_batch_that_holds_a_paper_and_its_new_version_stores_both_in_order()
    {
        var results = await Store.SaveManyAsync(
            [TestDocuments.Letter(hash: "first"), TestDocuments.Letter(hash: "corrected", text: TestDocuments.CorrectedText)], default);

        Assert.Equal([SaveStatus.Inserted, SaveStatus.Updated], results.Select(r => r.Value.Status));
        Assert.Equal(2, (await Store.GetAsync("kst-27925-999", default))!.Version);
    }
}

/// <summary>Versions on a real SQLite file.</summary>
public sealed class SqliteVersionTests : VersionContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-versions-").FullName;

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new Sqlite.SqliteDocumentStore(Path.Combine(_folder, "test.db")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>Versions on a real PostgreSQL server, in a database of its own.</summary>
public sealed class PostgresVersionTests : VersionContract, IDisposable
{
    private readonly Testing.PostgresTestDatabase _database = Testing.PostgresTestDatabase.Create();

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new Postgres.PostgresDocumentStore(_database.ConnectionString));

    public void Dispose() => _database.Dispose();
}
