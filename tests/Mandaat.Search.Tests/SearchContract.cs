using Mandaat.Core.Documents;
using Mandaat.Search.Ranking;
using Mandaat.Store;

namespace Mandaat.Search.Tests;

/// <summary>
/// How search behaves on every store backend. Written once; each backend binds it with a one-line
/// subclass (SQLite now, PostgreSQL later), like the store contract.
/// </summary>
public abstract class SearchContract : IAsyncLifetime
{
    private IDocumentStore _store = null!;

    protected abstract Task<IDocumentStore> CreateEmptyStoreAsync();

    private ISearchService Search => (ISearchService)_store;

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await _store.MigrateAsync(default);
        foreach (var document in new[] { SearchDocuments.Letter2014(), SearchDocuments.Report2017(), SearchDocuments.Questions2020(), SearchDocuments.UndatedBrief() })
        {
            await _store.SaveAsync(document, default);
        }
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Theory]
    [InlineData("militair", "kst-27925-506")] // militairen
    [InlineData("helm", "kst-27925-607")] // helmen
    [InlineData("Syrie", "kst-27925-506")] // Syrië
    [InlineData("SYRIË", "kst-27925-506")]
    [InlineData("burgerslachtoffer", "kst-27925-607")]
    public async Task Dutch_stemming_and_folding_find_other_forms_of_a_word(string query, string expected) =>
        Assert.Contains(expected, await IdsAsync(new SearchRequest(query)));

    [Theory]
    [InlineData("F-16", new[] { "kst-27925-506", "kst-27925-748" })] // F-16’s and F-16
    [InlineData("KDC-10", new[] { "kst-27925-506" })]
    [InlineData("anti-ISIS", new[] { "kst-27925-607" })]
    [InlineData("ISIS", new[] { "kst-27925-506", "kst-27925-607" })] // a part of anti-ISIS
    [InlineData("eenheid", new[] { "kst-27925-506", "kst-27925-748" })] // a part of force protection-eenheid
    public async Task Compounds_are_one_term_and_their_parts_are_found_too(string query, string[] expected) =>
        Assert.Equal(expected.Order(), (await IdsAsync(new SearchRequest(query))).Order());

    [Fact]
    public async Task A_compound_is_not_split_into_a_loose_number()
    {
        Assert.DoesNotContain("kst-27925-748", await IdsAsync(new SearchRequest("KDC-10")));
        Assert.Empty(await IdsAsync(new SearchRequest("F-35")));
    }

    [Fact]
    public async Task A_phrase_needs_its_words_in_order()
    {
        Assert.Equal(["kst-27925-506"], await IdsAsync(new SearchRequest("\"strijd tegen ISIS\"")));
        Assert.Empty(await IdsAsync(new SearchRequest("\"ISIS tegen strijd\"")));
    }

    [Fact]
    public async Task Words_are_combined_with_AND_by_default_and_OR_and_NOT_change_that()
    {
        Assert.Equal(["kst-27925-607"], await IdsAsync(new SearchRequest("Erbil helmen")));
        Assert.Equal(["kst-27925-506", "kst-27925-607"], (await IdsAsync(new SearchRequest("KDC-10 OR burgerslachtoffers"))).Order());
        Assert.DoesNotContain("kst-27925-748", await IdsAsync(new SearchRequest("Erbil -Jordanië -gestationeerd")));
        Assert.Equal(await IdsAsync(new SearchRequest("Erbil -gestationeerd")), await IdsAsync(new SearchRequest("Erbil NOT gestationeerd")));
    }

    [Fact]
    public async Task A_prefix_finds_every_word_that_starts_with_it()
    {
        Assert.Contains("kst-27925-748", await IdsAsync(new SearchRequest("gestation*")));
        Assert.Contains("kst-27925-607", await IdsAsync(new SearchRequest("burgerslacht*")));
        Assert.Contains("kst-29521-1", await IdsAsync(new SearchRequest("militaire*")));
    }

    [Fact]
    public async Task Kind_dossier_and_date_filters_apply_before_ranking()
    {
        Assert.Equal(["kst-27925-748"], await IdsAsync(new SearchRequest("militairen", Kind: "vragen-en-antwoorden")));
        Assert.Equal(["kst-27925-748"], await IdsAsync(new SearchRequest("militairen kind:vragen-en-antwoorden")));
        Assert.Equal(["kst-29521-1"], await IdsAsync(new SearchRequest("militairen", Dossier: "29 521")));
        Assert.Equal(["kst-27925-607", "kst-27925-748"], (await IdsAsync(new SearchRequest("militairen", From: new DateOnly(2015, 1, 1)))).Order());
        Assert.Equal(["kst-27925-506"], await IdsAsync(new SearchRequest("militairen", To: new DateOnly(2015, 1, 1))));
        Assert.Equal(["kst-27925-607"], await IdsAsync(new SearchRequest("militairen year:2017")));
        Assert.Equal(["kst-27925-506"], await IdsAsync(new SearchRequest("militairen", Limit: 1, To: new DateOnly(2014, 12, 31))));
    }

    [Fact]
    public async Task Questions_are_searchable_on_their_own_each_as_its_own_hit()
    {
        var hits = await HitsAsync(new SearchRequest("vraag:militairen"));

        var hit = Assert.Single(hits);
        Assert.Equal(("kst-27925-748", "question", 1, (int?)null), (hit.Id, hit.Unit, hit.Question, hit.Paragraph));
        Assert.Contains("**militairen**", hit.Snippet);
        Assert.Equal(2, (await HitsAsync(new SearchRequest("type:question F-16 OR militairen"))).Count);
    }

    [Fact]
    public async Task Date_sort_puts_the_newest_first_and_undated_last()
    {
        var ids = await IdsAsync(new SearchRequest("militairen", Sort: SearchSort.Date));

        Assert.Equal(["kst-27925-748", "kst-27925-607", "kst-27925-506", "kst-29521-1"], ids);
    }

    [Fact]
    public async Task A_word_in_every_document_still_gives_scores_above_zero_best_first()
    {
        // "militairen" is in all four documents: BM25's IDF is at its floor, the hits must still read and sort as scores.
        var hits = await HitsAsync(new SearchRequest("militairen"));

        Assert.Equal(4, hits.Count);
        Assert.All(hits, h => Assert.True(h.Score > 0, $"{h.Id} scored {h.Score}"));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public async Task A_smaller_limit_shows_the_first_hits_of_a_larger_one(SearchSort sort)
    {
        var all = await IdsAsync(new SearchRequest("militairen", Sort: sort));
        for (var limit = 1; limit < all.Count; limit++)
        {
            Assert.Equal(all.Take(limit), await IdsAsync(new SearchRequest("militairen", Limit: limit, Sort: sort)));
        }
    }

    [Fact]
    public async Task Equal_scores_at_the_limit_are_shown_in_document_id_order_whatever_the_order_stored()
    {
        // Three letters with the same text score alike; stored out of id order, so the engine's own order
        // (insertion, rowid) differs from the contract's tie-break. A limit that cuts through the tie must keep
        // the lowest ids, and the best-scoring letter stays first.
        string[] text = ["De Kamer wordt geïnformeerd over de inzet van een Patriot-eenheid bij Erbil."];
        foreach (var id in new[] { "kst-36000-3", "kst-36000-1", "kst-36000-2" })
        {
            await _store.SaveAsync(SearchDocuments.Make(id, DocumentKind.Brief, "36000", null, text), default);
        }

        await _store.SaveAsync(SearchDocuments.Make("kst-36000-9", DocumentKind.Brief, "36000", null, ["Patriot, Patriot en nog eens Patriot."]), default);

        Assert.Equal(["kst-36000-9", "kst-36000-1", "kst-36000-2"], await IdsAsync(new SearchRequest("Patriot", Limit: 3)));
        Assert.Equal(["kst-36000-9", "kst-36000-1", "kst-36000-2", "kst-36000-3"], await IdsAsync(new SearchRequest("Patriot", Limit: 4)));
        Assert.Equal(["kst-36000-9"], await IdsAsync(new SearchRequest("Patriot", Limit: 1)));
    }

    [Fact]
    public async Task Relevance_puts_the_document_that_is_about_the_words_first_and_a_hit_has_the_contract_fields()
    {
        var hits = await HitsAsync(new SearchRequest("KDC-10 tankvliegtuig"));

        var hit = Assert.Single(hits);
        Assert.Equal(("kst-27925-506", "artikel100", "27925", "506", new DateOnly(2014, 9, 24)), (hit.Id, hit.Kind.Slug, hit.Dossier, hit.Number, hit.Date));
        Assert.Equal("Onderwerp van kst-27925-506", hit.Title);
        Assert.True(hit.Score > 0);
        Assert.Equal(("paragraph", 3), (hit.Unit, hit.Paragraph));
    }

    [Fact]
    public async Task A_document_that_treats_the_words_in_many_paragraphs_ranks_above_one_that_names_them_once()
    {
        var filler = "De minister informeert de Kamer over de voortgang van de inzet in de regio.";
        await _store.SaveAsync(SearchDocuments.Make("kst-1-1", DocumentKind.Brief, "1", new DateOnly(2021, 1, 1), [filler, "Het hospitaal in Mopti blijft open.", filler, filler, filler]), default);
        await _store.SaveAsync(SearchDocuments.Make("kst-1-2", DocumentKind.Brief, "1", new DateOnly(2021, 1, 2), ["Het hospitaal in Mopti blijft open.", "Mopti ligt aan de rivier.", "Vanuit Mopti wordt gepatrouilleerd.", "Het kamp bij Mopti groeit.", filler]), default);

        var hits = await HitsAsync(new SearchRequest("Mopti"));

        Assert.Equal(["kst-1-2", "kst-1-1"], hits.Select(h => h.Id));
        Assert.Equal([4, 1], hits.Select(h => h.Passages));
    }

    [Fact]
    public async Task Each_hit_shows_its_best_matching_paragraph_also_beyond_the_first_hits()
    {
        for (var i = 0; i < 30; i++)
        {
            var day = new DateOnly(2021, 1, 1).AddDays(i);
            await _store.SaveAsync(SearchDocuments.Make($"kst-2-{i}", DocumentKind.Brief, "2", day, [
                "Een inleiding over de inzet van het detachement in het noorden van het land en de samenwerking met de partners.",
                "Gao en nog eens Gao: de basis in Gao.",
                "Een slotwoord over Gao, de regio en de vele partners die daar samenwerken in het belang van de stabiliteit."]), default);
        }

        var hits = await HitsAsync(new SearchRequest("Gao", Limit: 25, Sort: SearchSort.Date));

        Assert.Equal(25, hits.Count);
        Assert.Equal("kst-2-29", hits[0].Id);
        Assert.All(hits, h => Assert.Equal(("paragraph", 1, 2), (h.Unit, h.Paragraph, h.Passages)));
    }

    [Fact]
    public async Task The_snippet_is_cut_from_the_original_text_with_the_matches_marked()
    {
        var hit = Assert.Single(await HitsAsync(new SearchRequest("syrie F-16")));

        Assert.Equal("Nederland levert zes **F-16’s** en twee reservetoestellen voor operaties boven Irak. De inzet in **Syrië** is niet aan de orde.", hit.Snippet);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR (")]
    [InlineData("NEAR(")]
    [InlineData("'; DROP TABLE documents;--")]
    [InlineData("militairen)))")]
    [InlineData("((((((((((((((((((((((((((((((militairen")]
    [InlineData("{body parts} : \"x\"*")]
    [InlineData("F-16^2 + KDC-10 @ ~")]
    public async Task Hostile_queries_run_as_plain_words_and_never_break_the_store(string query)
    {
        var outcome = await Search.SearchAsync(new SearchRequest(query), default);

        Assert.True(outcome.Succeeded || outcome.Error!.Length > 0);
        Assert.Equal(4, (await _store.CountAsync(default)).Documents);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-Syrië")]
    [InlineData("NOT ISIS")]
    [InlineData("!!! ???")]
    [InlineData("kind:nonsense militairen")]
    [InlineData("from:gisteren militairen")]
    public async Task Queries_that_cannot_be_answered_fail_with_a_message(string query)
    {
        var outcome = await Search.SearchAsync(new SearchRequest(query), default);

        Assert.False(outcome.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error));
    }

    [Fact]
    public async Task A_five_thousand_character_query_fails_cleanly()
    {
        var outcome = await Search.SearchAsync(new SearchRequest(string.Concat(Enumerable.Repeat("militairen ", 455))), default);

        Assert.False(outcome.Succeeded);
        Assert.Contains("limit", outcome.Error);
    }

    [Fact]
    public async Task Deleting_a_document_removes_it_from_the_index()
    {
        Assert.True(await _store.DeleteAsync("kst-27925-506", default));

        Assert.Empty(await IdsAsync(new SearchRequest("KDC-10")));
        Assert.DoesNotContain("kst-27925-506", await IdsAsync(new SearchRequest("militairen")));
    }

    private async Task<IReadOnlyList<SearchHit>> HitsAsync(SearchRequest request)
    {
        var outcome = await Search.SearchAsync(request, default);
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Value;
    }

    private async Task<List<string>> IdsAsync(SearchRequest request) => (await HitsAsync(request)).Select(h => h.Id).ToList();
}
