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
        var matches = perDocument
            ? await engine.DocumentsAsync(root, filters.Value, request.Sort, AllMatches, cancellationToken)
            : await engine.UnitsAsync(root, filters.Value, cancellationToken);
        if (!matches.Succeeded)
        {
            return Outcome<SearchResults>.Fail(matches.Error!);
        }

        foreach (var match in matches.Value)
        {
            match.Rank();
        }

        // With a unit filter a document may come in several rows (one per question); it is listed once, where its best row ranks.
        var documents = Order(matches.Value, request.Sort)
            .Where(m => paging.Within is null || paging.Within.Contains(m.DocumentId))
            .GroupBy(m => m.DocumentId, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        var page = paging.Page.Apply(documents);
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

        var heads = documents.Select(d => d[0]).ToList();
        return Outcome<SearchResults>.Ok(new SearchResults(
            new Paged<DocumentHits>(hits, documents.Count, paging.Page),
            FacetCount.Of(heads, m => m.Kind),
            FacetCount.Of(heads, m => m.Date is { Length: >= 4 } d ? d[..4] : null),
            FacetCount.Of(heads, m => m.Dossier),
            [.. heads.Select(m => m.DocumentId)]));
    }
}
