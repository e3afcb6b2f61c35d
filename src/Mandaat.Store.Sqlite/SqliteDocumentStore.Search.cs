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
            var passage = await PassageAsync(connection, row, texts);
            var isQuestion = row.unit == SearchUnits.Question;
            hits.Add(new SearchHit(
                row.document_id, row.title, row.kind, row.dossier, row.number, ParseDate(row.date), Math.Round(row.Score, 4),
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

        if (!texts.TryGetValue(row.document_id, out var text))
        {
            text = await connection.ExecuteScalarAsync<string>("SELECT text FROM documents WHERE id = @document_id;", row) ?? string.Empty;
            texts[row.document_id] = text;
        }

        var start = (int)Math.Clamp(row.span_start, 0, text.Length);
        var end = (int)Math.Clamp(row.span_end, start, text.Length);
        return text[start..end];
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
        ),
        ranked AS (
            SELECT m.*,
                   ROW_NUMBER() OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END ORDER BY m.rank, m.span_start) AS rn,
                   COUNT(*) OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END) AS passages
            FROM matches m
        )
        SELECT r.document_id, r.unit, r.unit_number, r.span_start, r.span_end, r.rank, r.passages,
               d.title, d.kind, d.dossier, d.number, d.date
        FROM ranked r JOIN documents d ON d.id = r.document_id
        WHERE r.rn = 1;
        """;

#pragma warning disable IDE1006, CA1812 // Row types mirror column names; Dapper creates them.
    private sealed record MatchRow(string document_id, string unit, long unit_number, long span_start, long span_end, double rank, long passages, string title, string kind, string? dossier, string? number, string? date)
    {
        /// <summary>The best passage's BM25 (FTS5 gives it negated) plus a little for every further matching passage.</summary>
        public double Score => -rank + (0.5 * Math.Log(passages));
    }
#pragma warning restore IDE1006, CA1812
}
