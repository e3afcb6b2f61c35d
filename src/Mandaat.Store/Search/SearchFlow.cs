using System.Data.Common;
using System.Globalization;
using Mandaat.Core;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Snippets;

namespace Mandaat.Store.Search;

/// <summary>
/// A search from request to hits, the same on every backend: check the limit, parse the query, merge the
/// filters, find the documents with the backend's <see cref="ISearchEngine"/>, score each (<see cref="UnitMatch"/>),
/// sort, limit, find the passage to show for each hit, and cut its snippet from the stored text. Only the
/// engine's queries differ per backend, so the backends cannot drift apart in anything else.
/// <para>
/// Documents are ranked on their whole text's BM25 among documents; passages are counted and scored only for
/// the documents shown. Scoring every matching passage of every document (the best passage decided the rank
/// until issue 8), and later counting them all, grew with the passages, not the documents: "Irak" matches
/// tens of thousands of passages in the bench corpus, and walking them cost more than the raw index's search.
/// </para>
/// </summary>
public sealed class SearchFlow(ITextAnalyzer analyzer)
{
    /// <summary>Shown for a document with no paragraph holding a query term: its opening.</summary>
    private const int OpeningLength = 600;

    public async Task<Outcome<IReadOnlyList<SearchHit>>> RunAsync(
        SearchRequest request, Func<CancellationToken, Task<DbConnection>> open, ISearchEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(engine);
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

        await using var connection = await open(cancellationToken);
        var root = parsed.Value.Root;
        var perDocument = filters.Value.Unit is null;
        var matches = perDocument
            ? await engine.DocumentsAsync(connection, root, filters.Value, request.Sort, request.Limit, cancellationToken)
            : await engine.UnitsAsync(connection, root, filters.Value, cancellationToken);
        if (!matches.Succeeded)
        {
            return Fail(matches.Error!);
        }

        foreach (var match in matches.Value)
        {
            match.Rank();
        }

        var shown = Order(matches.Value, request.Sort).Take(request.Limit).ToList();
        if (perDocument && shown.Count > 0)
        {
            await ShowBestPassagesAsync(engine, connection, root, shown, cancellationToken);
        }

        var highlight = HighlightTerms.From(root, analyzer);
        var snippets = new SnippetBuilder(analyzer);
        var passages = new StoredPassages(connection, cancellationToken);
        var hits = new List<SearchHit>();
        foreach (var match in shown)
        {
            if (match.Unit == SearchUnits.Document)
            {
                await ChooseParagraphAsync(passages, match, highlight);
            }

            var isQuestion = match.Unit == SearchUnits.Question;
            var text = isQuestion ? await passages.QuestionTextAsync(match.DocumentId, match.UnitNumber) : await PassageAsync(passages, match);
            hits.Add(new SearchHit(
                match.DocumentId, match.Title, match.Kind, match.Dossier, match.Number, Day(match.Date), Shown(match.Score),
                snippets.Build(text, highlight), match.Unit, isQuestion ? null : match.UnitNumber, isQuestion ? match.UnitNumber : null,
                match.SpanStart, match.SpanEnd, (int)match.Passages));
        }

        return Outcome<IReadOnlyList<SearchHit>>.Ok(hits);
    }

    /// <summary>Each shown document's matching passages counted and its best shown, by BM25 (the earliest on a tie), in one engine call for all of them.</summary>
    private static async Task ShowBestPassagesAsync(ISearchEngine engine, DbConnection connection, QueryNode root, List<UnitMatch> shown, CancellationToken cancellationToken)
    {
        var passages = (await engine.PassagesAsync(connection, root, [.. shown.Select(m => m.DocumentId)], cancellationToken))
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

    /// <summary>Ties go to the document id (then the passage), so every backend lists equal scores alike.</summary>
    private static IEnumerable<UnitMatch> Order(IEnumerable<UnitMatch> matches, SearchSort sort) => sort == SearchSort.Date
        ? matches.OrderBy(m => m.Date is null).ThenByDescending(m => m.Date, StringComparer.Ordinal).ThenByDescending(m => m.Score).ThenBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.UnitNumber)
        : matches.OrderByDescending(m => m.Score).ThenBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.UnitNumber);

    private static async Task<string> PassageAsync(StoredPassages passages, UnitMatch match)
    {
        var text = await passages.DocumentTextAsync(match.DocumentId);
        var start = Math.Clamp(match.SpanStart, 0, text.Length);
        return text[start..Math.Clamp(match.SpanEnd, start, text.Length)];
    }

    /// <summary>
    /// A document found only as a whole (its words in different paragraphs) is shown by the paragraph that
    /// holds the most distinct query terms; with none, by its opening.
    /// </summary>
    private async Task ChooseParagraphAsync(StoredPassages passages, UnitMatch match, HighlightTerms highlight)
    {
        var text = await passages.DocumentTextAsync(match.DocumentId);
        var best = (await passages.ParagraphsAsync(match.DocumentId))
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
