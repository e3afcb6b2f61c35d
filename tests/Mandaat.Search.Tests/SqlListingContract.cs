using Mandaat.Core.Documents;
using Mandaat.Core.Paging;
using Mandaat.Core.Text;
using Mandaat.Store;
using Mandaat.Store.Listing;

namespace Mandaat.Search.Tests;

/// <summary>
/// The backends' SQL listings (issue 24) answer exactly what the in-memory <see cref="DocumentListings"/> answers
/// over the same stored rows: for hundreds of generated queries and pages (every filter, both orders, id sets,
/// pages past the end) on a store of generated papers with undated ones, papers naming several dossiers, titles
/// with accented capitals, and on an empty store.
/// </summary>
public abstract class SqlListingContract : IAsyncLifetime
{
    private static readonly DocumentKind[] Kinds = [DocumentKind.Artikel100, DocumentKind.Brief, DocumentKind.Voortgangsrapportage, DocumentKind.VragenEnAntwoorden];

    private static readonly string[] Dossiers = ["27925", "29521", "36124", "35925-X"];

    private static readonly string[] Subjects = ["Inzet in Oekraïne", "BIJDRAGE AAN MINUSMA IN MALI", "Financiële verantwoording", "Artikel 100-brief over de inzet in Irak", "Oekraïne: FINANCIËLE steun", "Mali"];

    private static readonly string[] TitleQueries = ["oekraïne", "OEKRAÏNE", "mali", "financiële", " inzet ", "brief over", "geen treffer", "Ë"];

    private IDocumentStore _store = null!;

    protected abstract Task<IDocumentStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await _store.MigrateAsync(default);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Every_generated_query_and_page_lists_what_the_in_memory_listing_lists()
    {
        var random = new Random(24);
        await StorePapersAsync(random, 90);
        var all = await _store.ListAsync(DocumentFilter.None, default);
        Assert.Equal(90, all.Count);

        for (var run = 0; run < 300; run++)
        {
            var query = Query(random, all);
            var page = new PageRequest(random.Next(1, 8), random.Next(1, 4) switch { 1 => 1, 2 => random.Next(2, 15), _ => 20 });
            AssertSame(DocumentListings.Page(all, query, page), await _store.ListPageAsync(query, page, default), query, page);
        }

        for (var size = 1; size <= 5; size++)
        {
            for (var number = 1; number <= 6; number++)
            {
                var page = new PageRequest(number, size);
                AssertSameDossiers(DocumentListings.Dossiers(all, page), await _store.ListDossiersAsync(page, default));
            }
        }
    }

    [Fact]
    public async Task An_empty_store_lists_nothing_with_a_total_of_zero()
    {
        var listing = await _store.ListPageAsync(new DocumentQuery(Title: "mali"), new PageRequest(3, 5), default);
        var dossiers = await _store.ListDossiersAsync(PageRequest.First, default);

        AssertSame(DocumentListings.Page([], DocumentQuery.All, new PageRequest(3, 5)), listing, DocumentQuery.All, new PageRequest(3, 5));
        Assert.Equal((0, 0), (listing.Documents.Total, dossiers.Total));
        Assert.Empty(dossiers.Items);
    }

    [Fact]
    public async Task A_mission_filter_of_thousands_of_ids_is_one_parameter_not_a_giant_statement()
    {
        var random = new Random(7);
        await StorePapersAsync(random, 30);
        var all = await _store.ListAsync(DocumentFilter.None, default);
        var within = Enumerable.Range(0, 20_000).Select(i => $"kst-99999-{i}").Concat(all.Where((_, i) => i % 3 == 0).Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        var query = new DocumentQuery(Within: within);

        var listing = await _store.ListPageAsync(query, new PageRequest(1, 5), default);

        AssertSame(DocumentListings.Page(all, query, new PageRequest(1, 5)), listing, query, new PageRequest(1, 5));
        Assert.Equal(10, listing.Documents.Total);
    }

    private static DocumentQuery Query(Random random, IReadOnlyList<DocumentSummary> all)
    {
        DocumentKind? kind = random.Next(3) == 0 ? Kinds[random.Next(Kinds.Length)] : null;
        var dossier = random.Next(4) switch
        {
            0 => Dossiers[random.Next(Dossiers.Length)],
            1 => "35925-x", // the same dossier as typed in lower case
            _ => null,
        };
        int? year = random.Next(3) == 0 ? random.Next(2013, 2026) : null;
        var title = random.Next(4) == 0 ? TitleQueries[random.Next(TitleQueries.Length)] : null;
        IReadOnlySet<string>? within = random.Next(4) switch
        {
            0 => all.Where(_ => random.Next(3) == 0).Select(d => d.Id).Append("kst-00000-0").ToHashSet(StringComparer.Ordinal),
            1 when random.Next(4) == 0 => new HashSet<string>(StringComparer.Ordinal),
            _ => null,
        };
        return new DocumentQuery(kind, dossier, year, title, within, random.Next(2) == 0 ? DocumentOrder.Newest : DocumentOrder.Oldest);
    }

    private async Task StorePapersAsync(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var dossier = random.Next(8) == 0 ? null : Dossiers[random.Next(Dossiers.Length)];
            // Several papers share a day, so the order's ties by id are exercised; one in six has no date.
            DateOnly? date = random.Next(6) == 0 ? null : new DateOnly(2014, 1, 1).AddDays(random.Next(0, 12) * 200);
            var subject = Subjects[random.Next(Subjects.Length)];
            var id = dossier is null ? $"doc-{i:D3}" : $"kst-{dossier}-{i}";
            string[] dossiers = dossier is null ? [] : [dossier, Dossiers[random.Next(Dossiers.Length)]];
            await _store.SaveAsync(Paper(id, Kinds[random.Next(Kinds.Length)], dossier, dossiers, date, subject), default);
        }
    }

    private static ProcessedDocument Paper(string id, DocumentKind kind, string? dossier, string[] dossiers, DateOnly? date, string subject)
    {
        var text = $"{subject}\n\nDe regering informeert de Kamer over {subject.ToLowerInvariant()}.";
        var identity = new DocumentIdentity { Kind = kind, Dossier = dossier, Dossiers = dossiers, Number = id.Split('-')[^1], Date = date, Subject = subject };
        var normalized = new NormalizedText(text, [new TextSpan(0, subject.Length), new TextSpan(subject.Length + 2, text.Length - subject.Length - 2)], OffsetMap.Identity(), SourceText.SinglePage(text, "txt"));
        return new ProcessedDocument(id, "hash-" + id, $"{id}.txt", normalized, identity, [], [], []);
    }

    private static void AssertSame(DocumentListing expected, DocumentListing actual, DocumentQuery query, PageRequest page)
    {
        var context = $"{query with { Within = null }} within {query.Within?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, page {page.Number} of {page.Size}";
        Assert.True(expected.Documents.Items.SequenceEqual(actual.Documents.Items), "items: " + context);
        Assert.True(expected.Documents.Total == actual.Documents.Total, $"total {expected.Documents.Total} vs {actual.Documents.Total}: {context}");
        Assert.True(expected.Kinds.SequenceEqual(actual.Kinds), "kinds: " + context);
        Assert.True(expected.Years.SequenceEqual(actual.Years), "years: " + context);
        Assert.True(expected.Dossiers.SequenceEqual(actual.Dossiers), "dossiers: " + context);
    }

    private static void AssertSameDossiers(Paged<DossierSummary> expected, Paged<DossierSummary> actual)
    {
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(
            expected.Items.Select(d => (d.Dossier, d.Title, d.Documents, d.First, d.Last)),
            actual.Items.Select(d => (d.Dossier, d.Title, d.Documents, d.First, d.Last)));
        Assert.Equal(expected.Items.SelectMany(d => d.Kinds.Select(k => (d.Dossier, k))), actual.Items.SelectMany(d => d.Kinds.Select(k => (d.Dossier, k))));
    }
}

/// <summary>The SQL listings on a real SQLite file.</summary>
public sealed class SqliteSqlListingTests : SqlListingContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-sql-listing-").FullName;

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new Store.Sqlite.SqliteDocumentStore(Path.Combine(_folder, "test.db")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>The SQL listings on a real PostgreSQL server, in a database of its own.</summary>
public sealed class PostgresSqlListingTests : SqlListingContract, IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    protected override Task<IDocumentStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IDocumentStore>(new Store.Postgres.PostgresDocumentStore(_database.ConnectionString));

    public void Dispose() => _database.Dispose();
}
