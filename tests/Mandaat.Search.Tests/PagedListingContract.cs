using System.Globalization;
using Mandaat.Core.Documents;
using Mandaat.Core.Paging;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Store.Listing;

namespace Mandaat.Search.Tests;

/// <summary>
/// The listings of the web pages and the API (issue 24, ADR 0009): document and dossier lists and paged search
/// with totals and facet counts, bound to SQLite and PostgreSQL below. The store holds 23 papers whose kinds,
/// dossiers and dates follow from their number, so every expectation is worked out from the same inputs.
/// </summary>
public abstract class PagedListingContract : IAsyncLifetime
{
    private const int Papers = 23;

    private static readonly DocumentKind[] Kinds = [DocumentKind.Artikel100, DocumentKind.Brief, DocumentKind.Voortgangsrapportage];

    private IDocumentStore _store = null!;

    protected abstract Task<IDocumentStore> CreateEmptyStoreAsync();

    private ISearchService Search => (ISearchService)_store;

    private static IReadOnlyList<(string Id, DocumentKind Kind, string Dossier, DateOnly? Date)> Inputs { get; } =
        [.. Enumerable.Range(1, Papers).Select(i => ($"kst-4000{i % 2}-{i}", Kinds[i % 3], $"4000{i % 2}", i == 7 ? (DateOnly?)null : new DateOnly(2019, 1, 1).AddDays(i * 41)))];

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await _store.MigrateAsync(default);
        foreach (var (id, kind, dossier, date) in Inputs)
        {
            var number = int.Parse(id.Split('-')[^1], CultureInfo.InvariantCulture);
            string[] paragraphs = number % 4 == 0
                ? [$"De missie zendt {number} militairen naar Irak.", "Helikopters ondersteunen de militairen ter plaatse.", "Een alinea over iets anders."]
                : [$"De missie zendt {number} militairen naar Irak.", "Een alinea over iets anders."];
            (string, string)[]? questions = number == 12 ? [("Hoeveel militairen gaan er?", "Er gaan 12 militairen."), ("Waar zijn de militairen?", "In Irak.")] : null;
            if (questions is not null)
            {
                paragraphs = [.. paragraphs, "Hoeveel militairen gaan er?", "Er gaan 12 militairen.", "Waar zijn de militairen?", "In Irak."];
            }

            await _store.SaveAsync(SearchDocuments.Make(id, kind, dossier, date, paragraphs, questions), default);
        }
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static List<string> NewestFirst(IEnumerable<(string Id, DocumentKind Kind, string Dossier, DateOnly? Date)> papers) =>
        [.. papers.OrderBy(p => p.Date is null).ThenByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id)];

    [Fact]
    public async Task The_document_list_pages_newest_first_with_undated_last_and_every_paper_on_exactly_one_page()
    {
        var pages = new List<DocumentListing>();
        for (var n = 1; n <= 3; n++)
        {
            pages.Add(await _store.ListPageAsync(DocumentQuery.All, new PageRequest(n, 10), default));
        }

        Assert.All(pages, p => Assert.Equal((Papers, 3), (p.Documents.Total, p.Documents.Pages)));
        Assert.Equal([10, 10, 3], pages.Select(p => p.Documents.Items.Count));
        Assert.Equal(NewestFirst(Inputs), pages.SelectMany(p => p.Documents.Items).Select(d => d.Id));
        Assert.Equal((true, false), (pages[0].Documents.HasNext, pages[0].Documents.HasPrevious));
        Assert.Empty((await _store.ListPageAsync(DocumentQuery.All, new PageRequest(4, 10), default)).Documents.Items);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_its_total_and_the_facets_count_what_the_filters_leave()
    {
        var listing = await _store.ListPageAsync(new DocumentQuery(Kind: DocumentKind.Brief, Year: 2020), new PageRequest(1, 2), default);

        var expected = Inputs.Where(p => p.Kind == DocumentKind.Brief && p.Date?.Year == 2020).ToList();
        Assert.True(expected.Count > 2);
        Assert.Equal(expected.Count, listing.Documents.Total);
        Assert.Equal(NewestFirst(expected).Take(2), listing.Documents.Items.Select(d => d.Id));
        Assert.Equal([new FacetCount("brief", expected.Count)], listing.Kinds);

        var all = await _store.ListPageAsync(DocumentQuery.All, PageRequest.First, default);
        Assert.Equal(
            Inputs.GroupBy(p => p.Kind.Slug).Select(g => (g.Key, g.Count())).OrderBy(k => k.Key, StringComparer.Ordinal),
            all.Kinds.Select(f => (f.Value, f.Count)).OrderBy(k => k.Value, StringComparer.Ordinal));
        Assert.Equal(Papers - 1, all.Years.Sum(f => f.Count)); // the undated paper has no year
        Assert.Equal(Papers, all.Dossiers.Sum(f => f.Count));
        Assert.True(all.Years.Zip(all.Years.Skip(1)).All(p => p.First.Count >= p.Second.Count), "facets most first");
    }

    [Fact]
    public async Task A_set_of_ids_and_the_oldest_first_order_apply_before_paging()
    {
        var within = Inputs.Where(p => p.Dossier == "40001").Select(p => p.Id).Take(5).ToHashSet(StringComparer.Ordinal);

        var listing = await _store.ListPageAsync(new DocumentQuery(Within: within, Order: DocumentOrder.Oldest), new PageRequest(1, 3), default);

        Assert.Equal(5, listing.Documents.Total);
        var dated = Inputs.Where(p => within.Contains(p.Id) && p.Date is not null).OrderBy(p => p.Date).Select(p => p.Id);
        Assert.Equal(dated.Take(3), listing.Documents.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task The_dossier_list_counts_each_dossiers_papers_and_their_span_latest_first()
    {
        var dossiers = await _store.ListDossiersAsync(PageRequest.First, default);

        var expected = Inputs.GroupBy(p => p.Dossier)
            .Select(g => (g.Key, g.Count(), g.Min(p => p.Date), g.Max(p => p.Date)))
            .OrderByDescending(d => d.Item4).ToList();
        Assert.Equal(expected, dossiers.Items.Select(d => (d.Dossier, d.Documents, d.First, d.Last)));
        Assert.Equal(2, dossiers.Total);
    }

    [Fact]
    public async Task Paged_search_counts_every_matching_document_and_its_pages_follow_the_unpaged_ranking()
    {
        var unpaged = (await Search.SearchAsync(new SearchRequest("militairen", Limit: SearchRequest.MaxLimit), default)).Value.Select(h => h.Id).ToList();

        var pages = new List<SearchResults>();
        for (var n = 1; n <= 5; n++)
        {
            pages.Add((await Search.SearchPageAsync(new SearchRequest("militairen"), new SearchPaging(new PageRequest(n, 5)), default)).Value);
        }

        Assert.Equal(Papers, unpaged.Count);
        Assert.All(pages, p => Assert.Equal(Papers, p.Documents.Total));
        Assert.Equal(unpaged, pages.SelectMany(p => p.Documents.Items).Select(h => h.Id));
        Assert.Equal(unpaged, pages[0].DocumentIds);
        Assert.Equal(Papers, pages[0].Kinds.Sum(f => f.Count));
        Assert.Equal(Inputs.Count(p => p.Kind == DocumentKind.Brief), pages[0].Kinds.Single(f => f.Value == "brief").Count);
        Assert.Equal(Inputs.Count(p => p.Date?.Year == 2020), pages[0].Years.Single(f => f.Value == "2020").Count);
    }

    [Theory]
    [InlineData("militairen", null, "relevance")]
    [InlineData("militairen", "40001", "date")]
    [InlineData("helikopters OR iets", null, "relevance")]
    [InlineData("militairen year:2020", null, "relevance")]
    [InlineData("onderzeeboten", null, "relevance")]
    public async Task A_page_without_facets_ranks_only_up_to_itself_and_shows_and_counts_what_the_faceted_page_does(string query, string? dossier, string sort)
    {
        var request = new SearchRequest(query, Dossier: dossier, Sort: sort == "date" ? SearchSort.Date : SearchSort.Relevance);
        for (var n = 1; n <= 4; n++)
        {
            var faceted = (await Search.SearchPageAsync(request, new SearchPaging(new PageRequest(n, 4)), default)).Value;
            var plain = (await Search.SearchPageAsync(request, new SearchPaging(new PageRequest(n, 4), Facets: false), default)).Value;

            Assert.Equal(faceted.Documents.Total, plain.Documents.Total);
            Assert.Equal(
                faceted.Documents.Items.Select(h => (h.Id, h.Score, h.Passages, string.Join("|", h.Best.Select(b => b.Snippet)))),
                plain.Documents.Items.Select(h => (h.Id, h.Score, h.Passages, string.Join("|", h.Best.Select(b => b.Snippet)))));
            Assert.Empty(plain.Kinds);
            Assert.Equal(plain.Documents.Items.Select(h => h.Id), plain.DocumentIds);
        }
    }

    [Fact]
    public async Task A_document_is_listed_once_with_its_best_passages_and_how_many_matched()
    {
        var results = (await Search.SearchPageAsync(new SearchRequest("militairen", Dossier: "40000"), new SearchPaging(new PageRequest(1, 20), 2), default)).Value;

        Assert.Equal(Inputs.Count(p => p.Dossier == "40000"), results.Documents.Total);
        Assert.Equal(results.Documents.Items.Count, results.Documents.Items.Select(h => h.Id).Distinct().Count());
        var four = results.Documents.Items.Single(h => h.Id == "kst-40000-4");
        Assert.Equal(2, four.Passages);
        Assert.Equal(2, four.Best.Count);
        Assert.All(four.Best, p => Assert.Contains("**militairen**", p.Snippet, StringComparison.Ordinal));
        Assert.NotEqual(four.Best[0].Start, four.Best[1].Start);
        Assert.Single(results.Documents.Items.Single(h => h.Id == "kst-40000-2").Best);
    }

    [Fact]
    public async Task Questions_of_one_document_are_grouped_under_it_with_their_numbers()
    {
        var results = (await Search.SearchPageAsync(new SearchRequest("vraag:militairen"), SearchPaging.First, default)).Value;

        var hit = Assert.Single(results.Documents.Items);
        Assert.Equal(("kst-40000-12", 1), (hit.Id, results.Documents.Total));
        Assert.Equal([1, 2], hit.Best.Select(p => p.Question).Order());
    }

    [Fact]
    public async Task A_set_of_ids_limits_the_search_and_its_total_and_a_bad_query_is_a_failed_outcome()
    {
        var within = new HashSet<string>(["kst-40001-1", "kst-40000-2", "kst-40001-3"], StringComparer.Ordinal);

        var results = (await Search.SearchPageAsync(new SearchRequest("militairen"), new SearchPaging(PageRequest.First, 1, within), default)).Value;

        Assert.Equal(3, results.Documents.Total);
        Assert.Equal(within.Order(StringComparer.Ordinal), results.DocumentIds.Order(StringComparer.Ordinal));
        Assert.False((await Search.SearchPageAsync(new SearchRequest("kind:onbekend militairen"), SearchPaging.First, default)).Succeeded);
        Assert.Equal(0, (await Search.SearchPageAsync(new SearchRequest("onderzeeboten"), SearchPaging.First, default)).Value.Documents.Total);
    }
}

/// <summary>The listings on a real SQLite file.</summary>
public sealed class SqlitePagedListingTests : PagedListingContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-listing-").FullName;

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new Store.Sqlite.SqliteDocumentStore(Path.Combine(_folder, "test.db")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>The listings on a real PostgreSQL server, in a database of its own.</summary>
public sealed class PostgresPagedListingTests : PagedListingContract, IDisposable
{
    private readonly Testing.PostgresTestDatabase _database = Testing.PostgresTestDatabase.Create();

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new Store.Postgres.PostgresDocumentStore(_database.ConnectionString));

    public void Dispose() => _database.Dispose();
}
