using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Store;

namespace Mandaat.Store.Tests;

/// <summary>
/// The behaviour every store implementation must have. Written once; each backend binds it with a
/// one-line subclass that says how to make an empty store (Dapper's TestBase pattern).
/// </summary>
public abstract class StoreContract : IAsyncLifetime
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
    public async Task A_saved_document_is_listed_with_its_identification()
    {
        var result = await Store.SaveAsync(TestDocuments.Letter(), default);

        Assert.Equal(SaveStatus.Inserted, result.Status);
        var listed = Assert.Single(await Store.ListAsync(DocumentFilter.None, default));
        Assert.Equal(("kst-27925-999", "artikel100", "27925", "999", "2022-2023", new DateOnly(2022, 10, 28), "Verlenging van de bijdrage"),
            (listed.Id, listed.Kind.Slug, listed.Dossier, listed.Number, listed.Session, listed.Date, listed.Title));
    }

    [Fact]
    public async Task The_same_content_twice_is_stored_once()
    {
        await Store.SaveAsync(TestDocuments.Letter(), default);
        var second = await Store.SaveAsync(TestDocuments.Letter(), default);

        Assert.Equal(SaveStatus.Unchanged, second.Status);
        Assert.Equal(1, (await Store.CountAsync(default)).Documents);
        Assert.Equal("kst-27925-999", await Store.FindByContentHashAsync("aaaa", default));
    }

    [Fact]
    public async Task Another_rendition_of_a_stored_paper_keeps_the_first_and_is_recognised_later()
    {
        await Store.SaveAsync(TestDocuments.Letter(hash: "pdf-bytes"), default);
        var xml = await Store.SaveAsync(TestDocuments.Letter(hash: "xml-bytes"), default);

        Assert.Equal(new SaveResult(SaveStatus.Unchanged, "kst-27925-999"), xml);
        Assert.Equal("kst-27925-999", await Store.FindByContentHashAsync("xml-bytes", default));
        Assert.Equal(1, (await Store.CountAsync(default)).Documents);
    }

    [Theory]
    [InlineData("txt", "tkconv-kst.txt", "pdf", "koop-kst.pdf")]
    [InlineData("txt", "tkconv-kst.txt", "txt", "koop-kst.txt")]
    public async Task The_preferred_rendition_gives_the_text_whatever_the_order_of_arrival(string lesserFormat, string lesserFile, string betterFormat, string betterFile)
    {
        ProcessedDocument Copy(string id, string format, string file, string text) =>
            TestDocuments.Letter(id: id, hash: $"{id}-{file}", text: text, format: format) with { Path = $"corpus/{file}" };

        // The same paper from two sites, once in each order: the better copy's text must be stored both times.
        var lesserFirst = new[] { Copy("kst-27925-998", lesserFormat, lesserFile, TestDocuments.FirstText), Copy("kst-27925-998", betterFormat, betterFile, TestDocuments.CorrectedText) };
        var betterFirst = new[] { Copy("kst-27925-997", betterFormat, betterFile, TestDocuments.CorrectedText), Copy("kst-27925-997", lesserFormat, lesserFile, TestDocuments.FirstText) };
        foreach (var copy in lesserFirst.Concat(betterFirst))
        {
            await Store.SaveAsync(copy, default);
        }

        foreach (var id in new[] { "kst-27925-998", "kst-27925-997" })
        {
            var stored = (await Store.GetAsync(id, default))!;
            Assert.Equal((TestDocuments.CorrectedText, $"corpus/{betterFile}", betterFormat), (stored.Text, stored.Summary.Path, stored.Format));
            Assert.Single(stored.Versions);
            Assert.Equal(id, await Store.FindByContentHashAsync($"{id}-{lesserFile}", default));
            Assert.Equal(id, await Store.FindByContentHashAsync($"{id}-{betterFile}", default));
            Assert.Contains((await Store.GetFactsAsync(id, FactType.Personnel, default)).OfType<PersonnelFact>(), f => f.Count == 240);
        }
    }

    [Fact]
    public async Task Sections_signatories_questions_and_facts_round_trip_with_their_citations()
    {
        var original = TestDocuments.Letter();
        await Store.SaveAsync(original, default);

        var stored = await Store.GetAsync(original.Id, default);

        Assert.NotNull(stored);
        Assert.Equal(original.Sections, stored.Sections);
        Assert.Equal(original.Identity.Signatories, stored.Signatories);
        Assert.Equal(original.Text.Text, stored.Text);
        Assert.Equal(original.Text.Paragraphs.Count, stored.Paragraphs.Count);
        var question = Assert.Single(stored.Questions);
        Assert.Equal([2], question.RefersTo);
        Assert.Equal(original.Facts.Select(FactJsonOf), stored.Facts.Select(FactJsonOf));
    }

    [Fact]
    public async Task Facts_are_filtered_by_document_and_type()
    {
        await Store.SaveAsync(TestDocuments.Letter(), default);
        await Store.SaveAsync(TestDocuments.Letter(id: "kst-27925-1000", hash: "bbbb"), default);

        Assert.Equal(2, (await Store.GetFactsAsync(null, FactType.Money, default)).Count);
        Assert.Single(await Store.GetFactsAsync("kst-27925-1000", FactType.Money, default));
        Assert.Equal(4, (await Store.GetFactsAsync("kst-27925-999", null, default)).Count);
    }

    [Fact]
    public async Task List_filters_on_kind_and_dossier()
    {
        await Store.SaveAsync(TestDocuments.Letter(), default);
        await Store.SaveAsync(TestDocuments.Letter(id: "kst-29521-1", hash: "cccc", kind: DocumentKind.Brief, dossier: "29521"), default);

        Assert.Equal("kst-29521-1", Assert.Single(await Store.ListAsync(new DocumentFilter(Kind: DocumentKind.Brief), default)).Id);
        Assert.Equal("kst-27925-999", Assert.Single(await Store.ListAsync(new DocumentFilter(Dossier: "27925"), default)).Id);
        Assert.Empty(await Store.ListAsync(new DocumentFilter(Kind: DocumentKind.Evaluatie), default));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_save_leaves_nothing_behind()
    {
        // Two sections with the same index violate the key after the document row was written.
        var broken = TestDocuments.Letter() with { Sections = [.. TestDocuments.Letter().Sections, TestDocuments.Letter().Sections[0]] };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveAsync(broken, default));

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), await Store.CountAsync(default));
        Assert.Null(await Store.FindByContentHashAsync("aaaa", default));
    }

    [Fact]
    public async Task A_batch_stores_the_good_documents_around_a_broken_one_and_reports_each()
    {
        var letter = TestDocuments.Letter(id: "kst-27925-1000", hash: "bbbb");
        var broken = letter with { Sections = [.. letter.Sections, letter.Sections[0]] };
        var again = TestDocuments.Letter();

        var results = await Store.SaveManyAsync([TestDocuments.Letter(), broken, TestDocuments.Letter(id: "kst-27925-1001", hash: "cccc"), again], default);

        Assert.Equal([true, false, true, true], results.Select(r => r.Succeeded));
        Assert.Contains("kst-27925-1000", results[1].Error, StringComparison.Ordinal);
        Assert.Equal(SaveStatus.Inserted, results[2].Value.Status);
        Assert.Equal(new SaveResult(SaveStatus.Unchanged, "kst-27925-999"), results[3].Value);
        Assert.Equal(2, (await Store.CountAsync(default)).Documents);
        Assert.Null(await Store.FindByContentHashAsync("bbbb", default));
    }

    [Fact]
    public async Task Delete_removes_the_document_and_everything_found_in_it()
    {
        await Store.SaveAsync(TestDocuments.Letter(), default);

        Assert.True(await Store.DeleteAsync("kst-27925-999", default));
        Assert.False(await Store.DeleteAsync("kst-27925-999", default));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), await Store.CountAsync(default));
        Assert.Null(await Store.GetAsync("kst-27925-999", default));
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await Store.SaveAsync(TestDocuments.Letter(), default);
        await Store.MigrateAsync(default);

        Assert.Equal(1, (await Store.CountAsync(default)).Documents);
    }

    private static string FactJsonOf(Fact fact) => FactJson.Serialize(fact, gold: false);
}
