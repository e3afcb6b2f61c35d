using System.Globalization;
using Dapper;
using Mandaat.Core;
using Mandaat.Search.Query;
using Mandaat.Search.Snippets;
using Mandaat.Store.Search;
using Mandaat.Store.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <summary>Weight of the parts column against body in BM25: a hit on a compound's part counts less than on a whole word.</summary>
    private const double PartsWeight = 0.5;

    /// <summary>
    /// Filters in SQL before ranking; BM25 per passage (FTS5 bm25(), negated so higher is better); one hit
    /// per document with its best passage — or per question when the query asks for questions — plus
    /// a small bonus for documents where many passages match; then sort and limit.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<SearchHit>>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
        var match = Fts5Query.Compile(parsed.Value.Root, _analyzer);
        if (!filters.Succeeded || !match.Succeeded)
        {
            return Fail(filters.Error ?? match.Error!);
        }

        await using var connection = await OpenAsync(cancellationToken);
        List<MatchRow> rows;
        try
        {
            rows = (await connection.QueryAsync<MatchRow>(new CommandDefinition(
                SearchSql,
                new
                {
                    match = match.Value,
                    partsWeight = PartsWeight,
                    kind = filters.Value.Kind,
                    dossier = filters.Value.Dossier,
                    from = Day(filters.Value.From),
                    to = Day(filters.Value.To),
                    unit = filters.Value.Unit,
                    perQuestion = filters.Value.Unit == SearchUnits.Question,
                },
                cancellationToken: cancellationToken))).ToList();
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the search failed in the database {FilePath}: {ex.Message}", ex);
        }

        var ordered = Order(rows, request.Sort).Take(request.Limit).ToList();
        var highlight = HighlightTerms.From(parsed.Value.Root, _analyzer);
        var snippets = new SnippetBuilder(_analyzer);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var hits = new List<SearchHit>(ordered.Count);
        foreach (var row in ordered)
        {
            var score = row.Score;
            if (row.unit == SearchUnits.Document)
            {
                await ChooseParagraphAsync(connection, row, highlight, texts);
            }

            var passage = await PassageAsync(connection, row, texts);
            var isQuestion = row.unit == SearchUnits.Question;
            hits.Add(new SearchHit(
                row.document_id, row.title, row.kind, row.dossier, row.number, ParseDate(row.date), Math.Round(score, 4),
                snippets.Build(passage, highlight), row.unit, isQuestion ? null : (int)row.unit_number, isQuestion ? (int)row.unit_number : null,
                (int)row.span_start, (int)row.span_end, (int)row.passages));
        }

        return Outcome<IReadOnlyList<SearchHit>>.Ok(hits);
    }

    private static IEnumerable<MatchRow> Order(List<MatchRow> rows, SearchSort sort) => sort == SearchSort.Date
        ? rows.OrderBy(r => r.date is null).ThenByDescending(r => r.date, StringComparer.Ordinal).ThenByDescending(r => r.Score).ThenBy(r => r.document_id, StringComparer.Ordinal)
        : rows.OrderByDescending(r => r.Score).ThenBy(r => r.document_id, StringComparer.Ordinal).ThenBy(r => r.unit_number);

    private static async Task<string> PassageAsync(SqliteConnection connection, MatchRow row, Dictionary<string, string> texts)
    {
        if (row.unit == SearchUnits.Question)
        {
            var qa = await connection.QueryFirstOrDefaultAsync<(string Question, string Answer)?>(
                "SELECT question, answer FROM questions WHERE document_id = @document_id AND number = @unit_number ORDER BY ordinal LIMIT 1;", row);
            return qa is { } found ? QuestionText(found.Question, found.Answer) : string.Empty;
        }

        var text = await DocumentTextAsync(connection, row.document_id, texts);
        var start = (int)Math.Clamp(row.span_start, 0, text.Length);
        var end = (int)Math.Clamp(row.span_end, start, text.Length);
        return text[start..end];
    }

    /// <summary>
    /// A document found only as a whole (its words in different paragraphs) is shown by the paragraph
    /// that holds the most distinct query terms.
    /// </summary>
    private async Task ChooseParagraphAsync(SqliteConnection connection, MatchRow row, HighlightTerms highlight, Dictionary<string, string> texts)
    {
        var text = await DocumentTextAsync(connection, row.document_id, texts);
        var paragraphs = await connection.QueryAsync<(long Idx, long Start, long End)>(
            "SELECT idx, span_start, span_end FROM paragraphs WHERE document_id = @document_id ORDER BY idx;", row);
        var best = paragraphs
            .Where(p => p.Start >= 0 && p.End <= text.Length && p.Start <= p.End)
            .Select(p => (Paragraph: p, Terms: _analyzer.Analyze(text[(int)p.Start..(int)p.End]).Where(highlight.Matches).Select(t => t.Term).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(p => p.Terms)
            .ThenBy(p => p.Paragraph.Idx)
            .FirstOrDefault();
        row.unit = SearchUnits.Paragraph;
        (row.unit_number, row.span_start, row.span_end) = best.Terms > 0 ? best.Paragraph : (0, 0, Math.Min(text.Length, 600));
    }

    private static async Task<string> DocumentTextAsync(SqliteConnection connection, string id, Dictionary<string, string> texts)
    {
        if (!texts.TryGetValue(id, out var text))
        {
            text = await connection.ExecuteScalarAsync<string>("SELECT text FROM documents WHERE id = @id;", new { id }) ?? string.Empty;
            texts[id] = text;
        }

        return text;
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Outcome<IReadOnlyList<SearchHit>> Fail(string message) => Outcome<IReadOnlyList<SearchHit>>.Fail(message);

    private const string SearchSql = """
        WITH matches AS (
            SELECT u.document_id, u.unit, u.number AS unit_number, u.span_start, u.span_end,
                   bm25(search_fts, 1.0, @partsWeight) AS rank
            FROM search_fts
            JOIN search_units u ON u.id = search_fts.rowid
            JOIN documents d ON d.id = u.document_id
            WHERE search_fts MATCH @match
              AND (@kind IS NULL OR d.kind = @kind)
              AND (@dossier IS NULL OR d.dossier = @dossier)
              AND (@from IS NULL OR d.date >= @from)
              AND (@to IS NULL OR d.date <= @to)
              AND (@unit IS NULL OR u.unit = @unit)
              -- Without a unit filter the query holds for the document as a whole: "Erbil -Jordanië" drops
              -- a document that names Jordanië anywhere, not only the paragraphs that do.
              AND (@unit IS NOT NULL OR u.document_id IN (
                  SELECT w.document_id FROM search_units w
                  WHERE w.unit = 'document' AND w.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @match)))
        ),
        ranked AS (
            SELECT m.*,
                   ROW_NUMBER() OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END ORDER BY m.unit = 'document', m.rank, m.span_start) AS rn,
                   SUM(m.unit <> 'document') OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END) AS passages
            FROM matches m
        )
        SELECT r.document_id, r.unit, r.unit_number, r.span_start, r.span_end, CAST(r.rank AS REAL) AS rank, CAST(r.passages AS INTEGER) AS passages,
               d.title, d.kind, d.dossier, d.number, d.date
        FROM ranked r JOIN documents d ON d.id = r.document_id
        WHERE r.rn = 1;
        """;

#pragma warning disable IDE1006, CA1812 // Row types mirror column names; Dapper creates them.
    // A class with setters, not a positional record: with no rows SQLite cannot tell Dapper the column types.
    private sealed class MatchRow
    {
        public string document_id { get; set; } = string.Empty;

        public string unit { get; set; } = string.Empty;

        public long unit_number { get; set; }

        public long span_start { get; set; }

        public long span_end { get; set; }

        public double rank { get; set; }

        public long passages { get; set; }

        public string title { get; set; } = string.Empty;

        public string kind { get; set; } = string.Empty;

        public string? dossier { get; set; }

        public string? number { get; set; }

        public string? date { get; set; }

        /// <summary>
        /// The best passage's BM25 (FTS5 gives it negated) plus a little for every further matching passage;
        /// a document whose words are spread over paragraphs, with no one passage holding them all, counts half.
        /// </summary>
        public double Score => unit == SearchUnits.Document ? -rank * 0.5 : -rank + (0.5 * Math.Log(Math.Max(1, passages)));
    }
#pragma warning restore IDE1006, CA1812
}
