using System.Globalization;
using Mandaat.Core;
using Mandaat.Core.Documents;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Snippets;

namespace Mandaat.Search.Ranking;

/// <summary>
/// A search from request to hits, the same on every backend: check the limit, parse the query, merge the
/// filters, find the documents with the backend's <see cref="ISearchEngine"/>, score each (<see cref="UnitMatch"/>),
/// sort, limit, find the passage to show for each hit, and cut its snippet from the stored text. Only the
/// engine's queries differ per backend, so the backends cannot drift apart in anything else.
/// <para>
/// Documents are ranked on their whole text's BM25 among documents; passages are counted and scored only for
/// the documents shown. Scoring or counting every matching passage of every document grows with the passages,
/// not the documents: a common word matches tens of thousands of passages, and walking them cost more than the
/// raw index's whole search.
/// </para>
/// </summary>
public sealed partial class SearchFlow(ITextAnalyzer analyzer, QueryAliases? aliases = null)
{
    private readonly QueryAliases _aliases = aliases ?? QueryAliases.Builtin(analyzer);

    /// <summary>Shown for a document with no paragraph holding a query term: its opening.</summary>
    private const int OpeningLength = 600;

    /// <param name="open">Opens the backend's engine for this search, once the request is understood.</param>
    public async Task<Outcome<IReadOnlyList<SearchHit>>> RunAsync(
        SearchRequest request, Func<CancellationToken, Task<ISearchEngine>> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(open);
        if (request.Limit is < 1 or > SearchRequest.MaxLimit)
        {
            return Fail($"the limit must be between 1 and {SearchRequest.MaxLimit}, not {request.Limit}");
        }

        var parsed = QueryParser.Parse(request.Query);
        if (!parsed.Succeeded)
        {
            return Fail(parsed.Error!);
        }

        var filters = SearchFilters.Merge(request, parsed.Value.Filters);
        if (!filters.Succeeded)
        {
            return Fail(filters.Error!);
        }

        await using var engine = await open(cancellationToken);
        // Names of one mission or designation meet each other (QueryAliases); the engines see the expanded query.
        var root = _aliases.Expand(parsed.Value.Root);
        var perDocument = filters.Value.Unit is null;
        var matches = perDocument
            ? await engine.DocumentsAsync(root, filters.Value, request.Sort, request.Limit, cancellationToken)
            : await engine.UnitsAsync(root, filters.Value, cancellationToken);
        if (!matches.Succeeded)
        {
            return Fail(matches.Error!);
        }

        var shown = RankInOrder(matches.Value, request.Sort).Take(request.Limit).ToList();
        if (perDocument && shown.Count > 0)
        {
            await ShowBestPassagesAsync(engine, root, shown, cancellationToken);
        }

        var highlight = HighlightTerms.From(root, analyzer);
        var snippets = new SnippetBuilder(analyzer);
        var hits = new List<SearchHit>();
        foreach (var match in shown)
        {
            if (match.Unit == SearchUnits.Document)
            {
                await ChooseParagraphAsync(engine, match, highlight, cancellationToken);
            }

            var isQuestion = match.Unit == SearchUnits.Question;
            var text = isQuestion
                ? await engine.QuestionTextAsync(match.DocumentId, match.UnitNumber, cancellationToken)
                : await PassageAsync(engine, match, cancellationToken);
            hits.Add(new SearchHit(
                match.DocumentId, match.Title, DocumentKind.Parse(match.Kind), match.Dossier, match.Number, Day(match.Date), Shown(match.Score),
                snippets.Build(text, highlight), match.Unit, isQuestion ? null : match.UnitNumber, isQuestion ? match.UnitNumber : null,
                match.SpanStart, match.SpanEnd, (int)match.Passages));
        }

        return Outcome<IReadOnlyList<SearchHit>>.Ok(hits);
    }

    /// <summary>Each shown document's matching passages counted and its best shown, by BM25 (the earliest on a tie), in one engine call for all of them.</summary>
    private static async Task ShowBestPassagesAsync(ISearchEngine engine, QueryNode root, List<UnitMatch> shown, CancellationToken cancellationToken)
    {
        var passages = (await engine.PassagesAsync(root, [.. shown.Select(m => m.DocumentId)], cancellationToken))
            .ToLookup(p => p.DocumentId, StringComparer.Ordinal);
        foreach (var match in shown)
        {
            var own = passages[match.DocumentId].ToList();
            if (own.OrderByDescending(p => p.Bm25).ThenBy(p => p.SpanStart).FirstOrDefault() is { } best)
            {
                match.Show(best, own.Count);
            }
        }
    }

    /// <summary>The matches scored as the flow shows them (<see cref="UnitMatch.Rank"/>) and in the request's order: the one rank-and-order step of every search path.</summary>
    private static IEnumerable<UnitMatch> RankInOrder(IReadOnlyList<UnitMatch> matches, SearchSort sort)
    {
        foreach (var match in matches)
        {
            match.Rank();
        }

        return Order(matches, sort);
    }

    /// <summary>Ties go to the document id (then the passage), so every backend lists equal scores alike.</summary>
    private static IEnumerable<UnitMatch> Order(IEnumerable<UnitMatch> matches, SearchSort sort) => sort == SearchSort.Date
        ? matches.OrderBy(m => m.Date is null).ThenByDescending(m => m.Date, StringComparer.Ordinal).ThenByDescending(m => m.Score).ThenBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.UnitNumber)
        : matches.OrderByDescending(m => m.Score).ThenBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.UnitNumber);

    private static async Task<string> PassageAsync(ISearchEngine engine, UnitMatch match, CancellationToken cancellationToken)
    {
        var text = await engine.DocumentTextAsync(match.DocumentId, cancellationToken);
        var start = Math.Clamp(match.SpanStart, 0, text.Length);
        return text[start..Math.Clamp(match.SpanEnd, start, text.Length)];
    }

    /// <summary>
    /// A document found only as a whole (its words in different paragraphs) is shown by the paragraph that
    /// holds the most distinct query terms; with none, by its opening.
    /// </summary>
    private async Task ChooseParagraphAsync(ISearchEngine engine, UnitMatch match, HighlightTerms highlight, CancellationToken cancellationToken)
    {
        var text = await engine.DocumentTextAsync(match.DocumentId, cancellationToken);
        var best = (await engine.ParagraphsAsync(match.DocumentId, cancellationToken))
            .Where(p => p.Start >= 0 && p.End <= text.Length && p.Start <= p.End)
            .Select(p => (Paragraph: p, Terms: analyzer.Analyze(text[p.Start..p.End]).Where(highlight.Matches).Select(t => t.Term).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(p => p.Terms)
            .ThenBy(p => p.Paragraph.Number)
            .FirstOrDefault();
        match.Unit = SearchUnits.Paragraph;
        (match.UnitNumber, match.SpanStart, match.SpanEnd) = best.Terms > 0
            ? (best.Paragraph.Number, best.Paragraph.Start, best.Paragraph.End)
            : (0, 0, Math.Min(text.Length, OpeningLength));
    }

    /// <summary>
    /// The score to four decimals, or to four significant digits when smaller: a word in more than half of the
    /// documents has BM25's floor IDF (1e-6), and its hits must not all read 0 while they are still ordered.
    /// </summary>
    internal static double Shown(double score) => score == 0 || Math.Abs(score) >= 0.001
        ? Math.Round(score, 4)
        : Math.Round(score, Math.Min(15, 3 - (int)Math.Floor(Math.Log10(Math.Abs(score)))));

    private static DateOnly? Day(string? date) => date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Outcome<IReadOnlyList<SearchHit>> Fail(string message) => Outcome<IReadOnlyList<SearchHit>>.Fail(message);
}
