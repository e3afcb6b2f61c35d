using System.Globalization;
using System.Text.Json;
using Dapper;
using Mandaat.Core;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store.Search;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// SQLite's <see cref="ISearchEngine"/>: FTS5 over the analysed texts, ranked with its bm25() (negated, so
/// higher is better), the filters in the same statement. Whole documents (document_fts) and passages
/// (passage_fts) are two tables, so each kind's IDF and average length count over its own kind, as on
/// PostgreSQL.
/// </summary>
internal sealed class Fts5SearchEngine(SqliteConnection connection, ITextAnalyzer analyzer) : SqlSearchEngine(connection)
{
    /// <summary>Weight of the parts column against body in BM25: a hit on a compound's part counts less than on a whole word.</summary>
    private const double PartsWeight = 0.5;

    public override Task<Outcome<IReadOnlyList<UnitMatch>>> DocumentsAsync(QueryNode root, QueryFilters filters, SearchSort sort, int limit, CancellationToken cancellationToken) =>
        sort == SearchSort.Relevance && filters is { Kind: null, Dossier: null, From: null, To: null }
            ? FilteredAsync(BestDocumentsSql, root, filters, new { limit }, cancellationToken)
            : FilteredAsync(DocumentsSql, root, filters, new { byDate = sort == SearchSort.Date, limit }, cancellationToken);

    public override async Task<Outcome<int>> CountAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Compile(root, analyzer);
        if (!match.Succeeded)
        {
            return Outcome<int>.Fail(match.Error!);
        }

        var sql = filters is { Kind: null, Dossier: null, From: null, To: null } ? CountSql : FilteredCountSql;
        return Outcome<int>.Ok(await Connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, Filtered(match.Value.Expression, filters), cancellationToken: cancellationToken)));
    }

    /// <summary>
    /// Per shown document, its matching passages from one FTS5 query over the document's rowid range (a seek,
    /// not a walk over every matching passage), scored here by <see cref="PassageBm25"/>.
    /// </summary>
    public override async Task<IReadOnlyList<UnitMatch>> PassagesAsync(QueryNode root, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Compile(root, analyzer);
        if (!match.Succeeded || documentIds.Count == 0)
        {
            return [];
        }

        var bm25 = await PassageBm25.ForShownPassagesAsync(Connection, match.Value, PartsWeight, cancellationToken);
        var documents = await Connection.QueryAsync<(string DocumentId, long Id)>(new CommandDefinition(
            "SELECT document_id, id FROM search_units WHERE document_id IN (SELECT value FROM json_each(@documents)) AND unit = 'document';",
            new { documents = JsonSerializer.Serialize(documentIds) },
            cancellationToken: cancellationToken));
        // One statement, prepared once and run per shown document, read by ordinal: the FTS5 query and its MATCH
        // expression are parsed once per search instead of once per shown document.
        await using var command = Connection.CreateCommand();
        command.CommandText = PassagesSql;
        command.AddParameter("@match", match.Value.Expression);
        var first = command.AddParameter("@first", 0L);
        var last = command.AddParameter("@last", 0L);
        command.Prepare();
        var passages = new List<UnitMatch>();
        foreach (var (documentId, id) in documents)
        {
            (first.Value, last.Value) = (id + 1, id | SearchUnitIds.UnitMask);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                passages.Add(new UnitMatch
                {
                    DocumentId = documentId,
                    Unit = reader.GetString(0),
                    UnitNumber = reader.GetInt32(1),
                    SpanStart = reader.GetInt32(2),
                    SpanEnd = reader.GetInt32(3),
                    Bm25 = bm25.Score(reader.GetString(4), reader.GetString(5)),
                });
            }
        }

        return passages;
    }

    public override Task<Outcome<IReadOnlyList<UnitMatch>>> UnitsAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken) =>
        FilteredAsync(UnitsSql, root, filters, new { }, cancellationToken);

    /// <summary>One of the filtered statements with the compiled query, or why the query cannot be searched for.</summary>
    private async Task<Outcome<IReadOnlyList<UnitMatch>>> FilteredAsync(string sql, QueryNode root, QueryFilters filters, object more, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Compile(root, analyzer);
        if (!match.Succeeded)
        {
            return Outcome<IReadOnlyList<UnitMatch>>.Fail(match.Error!);
        }

        var parameters = new DynamicParameters(Filtered(match.Value.Expression, filters));
        parameters.AddDynamicParams(more);
        return Outcome<IReadOnlyList<UnitMatch>>.Ok([.. await Connection.QueryAsync<UnitMatch>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))]);
    }

    private static object Filtered(string match, QueryFilters filters) => new
    {
        match,
        partsWeight = PartsWeight,
        kind = filters.Kind?.Slug,
        dossier = filters.Dossier,
        from = filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        to = filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        unit = filters.Unit,
        perQuestion = filters.Unit == SearchUnits.Question,
    };

    private const string Filters = """
              AND (@kind IS NULL OR d.kind = @kind)
              AND (@dossier IS NULL OR d.dossier = @dossier)
              AND (@from IS NULL OR d.date >= @from)
              AND (@to IS NULL OR d.date <= @to)
        """;

    private const string Document = """
        d.title AS Title, d.kind AS Kind, d.dossier AS Dossier, d.number AS Number, d.date AS Date
        """;

    /// <summary>Every document matching the query, with its BM25 (higher is better), computed once.</summary>
    private const string DocumentsMatched = """
        WITH documents_matched AS MATERIALIZED (
            SELECT rowid AS id, -bm25(document_fts, 1.0, @partsWeight) AS bm25
            FROM document_fts
            WHERE document_fts MATCH @match
        )
        """;

    private const string DocumentColumns = $"""
        SELECT u.document_id AS DocumentId, u.unit AS Unit, u.number AS UnitNumber, u.span_start AS SpanStart, u.span_end AS SpanEnd,
               m.bm25 AS Bm25, {Document}
        FROM documents_matched m
        JOIN search_units u ON u.id = m.id
        JOIN documents d ON d.id = u.document_id
        """;

    /// <summary>
    /// The documents shown with their BM25, over document_fts alone: however many passages match, a document
    /// search reads one row per document, and only the rows shown leave SQLite. Their passages are counted and
    /// scored only for them. With filters or by date every matching document is joined to its row, since the
    /// row decides whether and where it is shown.
    /// </summary>
    private const string DocumentsSql = $"""
        {DocumentsMatched}
        {DocumentColumns}
        WHERE 1 = 1
        {Filters}
        ORDER BY @byDate AND d.date IS NULL, CASE WHEN @byDate THEN d.date END DESC, m.bm25 DESC, u.document_id
        LIMIT @limit;
        """;

    /// <summary>
    /// <see cref="DocumentsSql"/> by relevance without filters: no document scoring below the limit-th best can be
    /// shown, so only those at or above it (ties included, which the document id then orders) are joined to their
    /// rows. A common word matches nearly every document, and looking each one up cost more than the raw index's
    /// whole search; the hits are the same.
    /// </summary>
    private const string BestDocumentsSql = $"""
        {DocumentsMatched},
        cutoff AS (SELECT bm25 FROM documents_matched ORDER BY bm25 DESC LIMIT 1 OFFSET @limit - 1)
        {DocumentColumns}
        WHERE NOT EXISTS (SELECT 1 FROM cutoff) OR m.bm25 >= (SELECT bm25 FROM cutoff)
        ORDER BY m.bm25 DESC, u.document_id
        LIMIT @limit;
        """;

    /// <summary>The documents matching as a whole, counted in the index without scoring them (no filter to join them for).</summary>
    private const string CountSql = "SELECT count(*) FROM document_fts WHERE document_fts MATCH @match;";

    /// <summary><see cref="CountSql"/> with the filters, which need each matching document's row.</summary>
    private const string FilteredCountSql = $"""
        SELECT count(*)
        FROM document_fts f
        CROSS JOIN search_units u ON u.id = f.rowid
        JOIN documents d ON d.id = u.document_id
        WHERE document_fts MATCH @match
        {Filters};
        """;

    /// <summary>
    /// One document's matching passages: its rowids run from its own (place 0) to the top of its range
    /// (<see cref="SearchUnitIds"/>), which FTS5 takes as a range to seek to. CROSS JOIN keeps FTS5 first.
    /// </summary>
    private const string PassagesSql = """
        SELECT u.unit AS Unit, u.number AS UnitNumber, u.span_start AS SpanStart, u.span_end AS SpanEnd, p.body AS Body, p.parts AS Parts
        FROM passage_fts p
        CROSS JOIN search_units u ON u.id = p.rowid
        WHERE passage_fts MATCH @match AND p.rowid BETWEEN @first AND @last;
        """;

    /// <summary>One unit's passages, the best per document (per question for the question unit) and their count.</summary>
    private const string UnitsSql = $"""
        WITH matches AS (
            SELECT u.document_id, u.unit, u.number AS unit_number, u.span_start, u.span_end,
                   -bm25(passage_fts, 1.0, @partsWeight) AS bm25
            FROM passage_fts
            JOIN search_units u ON u.id = passage_fts.rowid
            JOIN documents d ON d.id = u.document_id
            WHERE passage_fts MATCH @match
              AND u.unit = @unit
            {Filters}
        ),
        {RankedUnitsSql}
        SELECT r.document_id AS DocumentId, r.unit AS Unit, r.unit_number AS UnitNumber, r.span_start AS SpanStart, r.span_end AS SpanEnd,
               CAST(r.bm25 AS REAL) AS Bm25, CAST(r.passages AS INTEGER) AS Passages, {Document}
        FROM ranked r JOIN documents d ON d.id = r.document_id
        WHERE r.rn = 1;
        """;
}
