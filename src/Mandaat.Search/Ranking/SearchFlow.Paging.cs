using Mandaat.Core;
using Mandaat.Core.Documents;
using Mandaat.Core.Paging;
using Mandaat.Search.Query;
using Mandaat.Search.Snippets;

namespace Mandaat.Search.Ranking;

public sealed partial class SearchFlow
{
    /// <summary>Every matching document is ranked for a paged search (to count and facet them); only the page's get passages and snippets.</summary>
    private const int AllMatches = 1_000_000;

    /// <summary>
    /// A page of a search, grouped per document: every document the query holds for is ranked as
    /// <see cref="RunAsync"/> ranks them (its rows are one small row per document), counted by kind, year and
    /// dossier and kept in order; only the page's documents get their matching passages, of which the best
    /// <see cref="SearchPaging.PassagesPerDocument"/> are cut into snippets.
    /// </summary>
    public async Task<Outcome<SearchResults>> RunPageAsync(
        SearchRequest request, SearchPaging paging, Func<CancellationToken, Task<ISearchEngine>> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(paging);
        ArgumentNullException.ThrowIfNull(open);
        var parsed = QueryParser.Parse(request.Query);
        if (!parsed.Succeeded)
        {
            return Outcome<SearchResults>.Fail(parsed.Error!);
        }

        var filters = SearchFilters.Merge(request, parsed.Value.Filters);
        if (!filters.Succeeded)
        {
            return Outcome<SearchResults>.Fail(filters.Error!);
        }

        await using var engine = await open(cancellationToken);
        var root = _aliases.Expand(parsed.Value.Root);
        var perDocument = filters.Value.Unit is null;
        var ranked = perDocument && !paging.Facets && paging.Within is null
            ? await PageOnlyAsync(engine, root, filters.Value, request.Sort, paging.Page, cancellationToken)
            : await EveryDocumentAsync(engine, root, filters.Value, request.Sort, paging, perDocument, cancellationToken);
        if (!ranked.Succeeded)
        {
            return Outcome<SearchResults>.Fail(ranked.Error!);
        }

        var (documents, page, _) = ranked.Value;
        var highlight = HighlightTerms.From(root, analyzer);
        var snippets = new SnippetBuilder(analyzer);
        var passages = perDocument && page.Items.Count > 0
            ? (await engine.PassagesAsync(root, [.. page.Items.Select(d => d[0].DocumentId)], cancellationToken)).ToLookup(p => p.DocumentId, StringComparer.Ordinal)
            : null;
        var hits = new List<DocumentHits>(page.Items.Count);
        foreach (var rows in page.Items)
        {
            var first = rows[0];
            var shown = passages is null
                ? rows
                : [.. passages[first.DocumentId].OrderByDescending(p => p.Bm25).ThenBy(p => p.SpanStart)];
            var count = passages is null ? rows.Sum(r => (int)Math.Max(1, r.Passages)) : shown.Count;
            if (shown.Count == 0)
            {
                await ChooseParagraphAsync(engine, first, highlight, cancellationToken);
                shown = [first];
            }

            var best = new List<HitPassage>();
            foreach (var passage in shown.Take(Math.Max(1, paging.PassagesPerDocument)))
            {
                var isQuestion = passage.Unit == SearchUnits.Question;
                var text = isQuestion
                    ? await engine.QuestionTextAsync(passage.DocumentId, passage.UnitNumber, cancellationToken)
                    : await PassageAsync(engine, passage, cancellationToken);
                best.Add(new HitPassage(snippets.Build(text, highlight), passage.Unit, isQuestion ? null : passage.UnitNumber, isQuestion ? passage.UnitNumber : null, passage.SpanStart, passage.SpanEnd));
            }

            hits.Add(new DocumentHits(first.DocumentId, first.Title, DocumentKind.Parse(first.Kind), first.Dossier, first.Number, Day(first.Date), Shown(first.Score), Math.Max(count, best.Count), best));
        }

        // Facets count every matching document; a page ranked alone (PageOnlyAsync) has only its own, so none.
        var heads = documents.Select(d => d[0]).ToList();
        IReadOnlyList<FacetCount> Facet(Func<UnitMatch, string?> key) => ranked.Value.Faceted ? FacetCount.Of(heads, key) : [];
        return Outcome<SearchResults>.Ok(new SearchResults(
            new Paged<DocumentHits>(hits, page.Total, paging.Page),
            Facet(m => m.Kind),
            Facet(m => m.Date is { Length: >= 4 } d ? d[..4] : null),
            Facet(m => m.Dossier),
            [.. heads.Select(m => m.DocumentId)]));
    }

    /// <summary>
    /// Every document the query holds for, ranked and grouped (a unit filter gives a document one row per
    /// question), kept in order for the facets and the ids, and the page of them.
    /// </summary>
    private static async Task<Outcome<Ranked>> EveryDocumentAsync(
        ISearchEngine engine, QueryNode root, QueryFilters filters, SearchSort sort, SearchPaging paging, bool perDocument, CancellationToken cancellationToken)
    {
        var matches = perDocument
            ? await engine.DocumentsAsync(root, filters, sort, AllMatches, cancellationToken)
            : await engine.UnitsAsync(root, filters, cancellationToken);
        if (!matches.Succeeded)
        {
            return Outcome<Ranked>.Fail(matches.Error!);
        }

        // With a unit filter a document may come in several rows (one per question); it is listed once, where its best row ranks.
        var documents = RankInOrder(matches.Value, sort)
            .Where(m => paging.Within is null || paging.Within.Contains(m.DocumentId))
            .GroupBy(m => m.DocumentId, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        return Outcome<Ranked>.Ok(new Ranked(documents, paging.Page.Apply(documents), Faceted: true));
    }

    /// <summary>
    /// Only the documents up to the page's last, ranked by the index as <see cref="RunAsync"/> ranks them (a
    /// document's score is its BM25, so the index's first N are the flow's first N), and the total counted in the
    /// index: a common word's thousands of matching documents never leave the store. The facets are then empty.
    /// </summary>
    private static async Task<Outcome<Ranked>> PageOnlyAsync(
        ISearchEngine engine, QueryNode root, QueryFilters filters, SearchSort sort, PageRequest page, CancellationToken cancellationToken)
    {
        var upTo = (int)Math.Min((long)page.Number * page.Size, AllMatches);
        var matches = await engine.DocumentsAsync(root, filters, sort, upTo, cancellationToken);
        if (!matches.Succeeded)
        {
            return Outcome<Ranked>.Fail(matches.Error!);
        }

        var total = await engine.CountAsync(root, filters, cancellationToken);
        if (!total.Succeeded)
        {
            return Outcome<Ranked>.Fail(total.Error!);
        }

        var shown = RankInOrder(matches.Value, sort).Skip((page.Number - 1) * page.Size).Select(m => new List<UnitMatch> { m }).ToList();
        return Outcome<Ranked>.Ok(new Ranked(shown, new Paged<List<UnitMatch>>(shown, total.Value, page), Faceted: false));
    }

    /// <summary>The documents a paged search has ranked (each a list of its rows, best first), the page shown, and whether they are every matching document (so facets count them).</summary>
    private sealed record Ranked(List<List<UnitMatch>> Documents, Paged<List<UnitMatch>> Page, bool Faceted);
}
