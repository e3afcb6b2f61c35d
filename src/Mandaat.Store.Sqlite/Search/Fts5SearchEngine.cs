using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Mandaat.Core;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Store.Search;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// SQLite's <see cref="ISearchEngine"/>: FTS5 over the analysed passages, ranked with its bm25() (negated, so
/// higher is better), the filters in the same statement. IDF counts over every unit, whole documents and
/// passages together, as on PostgreSQL.
/// </summary>
internal sealed class Fts5SearchEngine(ITextAnalyzer analyzer) : ISearchEngine
{
    /// <summary>Weight of the parts column against body in BM25: a hit on a compound's part counts less than on a whole word.</summary>
    private const double PartsWeight = 0.5;

    public Task<Outcome<IReadOnlyList<UnitMatch>>> DocumentsAsync(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken) =>
        FilteredAsync(connection, DocumentsSql, root, filters, cancellationToken);

    public async Task<IReadOnlyList<UnitMatch>> PassagesAsync(DbConnection connection, QueryNode root, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Compile(root, analyzer);
        return match.Succeeded
            ? await QueryAsync(connection, PassagesSql, new { match = match.Value, partsWeight = PartsWeight, documents = JsonSerializer.Serialize(documentIds) }, cancellationToken)
            : [];
    }

    public Task<Outcome<IReadOnlyList<UnitMatch>>> UnitsAsync(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken) =>
        FilteredAsync(connection, UnitsSql, root, filters, cancellationToken);

    /// <summary>One of the filtered statements with the compiled query, or why the query cannot be searched for.</summary>
    private async Task<Outcome<IReadOnlyList<UnitMatch>>> FilteredAsync(DbConnection connection, string sql, QueryNode root, QueryFilters filters, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Compile(root, analyzer);
        return match.Succeeded
            ? Outcome<IReadOnlyList<UnitMatch>>.Ok(await QueryAsync(connection, sql, Filtered(match.Value, filters), cancellationToken))
            : Outcome<IReadOnlyList<UnitMatch>>.Fail(match.Error!);
    }

    private static async Task<IReadOnlyList<UnitMatch>> QueryAsync(DbConnection connection, string sql, object parameters, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<UnitMatch>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))];

    private static object Filtered(string match, QueryFilters filters) => new
    {
        match,
        partsWeight = PartsWeight,
        kind = filters.Kind,
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

    /// <summary>
    /// The whole-document rows with their BM25, and per document the count of matching passages, both read
    /// off the FTS5 rowids (<see cref="SearchUnitIds"/>): only the whole-document rows are scored and looked
    /// up in search_units, however many passages match.
    /// </summary>
    private static readonly string DocumentsSql = string.Create(CultureInfo.InvariantCulture, $"""
        WITH documents_matched AS MATERIALIZED (
            SELECT rowid AS id, -bm25(search_fts, 1.0, @partsWeight) AS bm25
            FROM search_fts
            WHERE search_fts MATCH @match AND (rowid & {UnitMask}) = 0
        ),
        passages_matched AS MATERIALIZED (
            SELECT rowid >> {UnitBits} AS document, COUNT(*) AS passages
            FROM search_fts
            WHERE search_fts MATCH @match AND (rowid & {UnitMask}) <> 0
            GROUP BY 1
        )
        SELECT u.document_id AS DocumentId, u.unit AS Unit, u.number AS UnitNumber, u.span_start AS SpanStart, u.span_end AS SpanEnd,
               m.bm25 AS Bm25, IFNULL(p.passages, 0) AS Passages, {Document}
        FROM documents_matched m
        JOIN search_units u ON u.id = m.id
        JOIN documents d ON d.id = u.document_id
        LEFT JOIN passages_matched p ON p.document = m.id >> {UnitBits}
        WHERE 1 = 1
        {Filters};
        """);

    private const long UnitMask = SearchUnitIds.UnitMask;

    private const int UnitBits = SearchUnitIds.UnitBits;

    /// <summary>
    /// The shown documents' passages. "+rowid" keeps SQLite from handing each id to FTS5 as a lookup of its own (a
    /// fresh query, with bm25's statistics counted again, per passage): the ids become one set FTS5's single
    /// pass is checked against.
    /// </summary>
    private const string PassagesSql = """
        SELECT u.document_id AS DocumentId, u.unit AS Unit, u.number AS UnitNumber, u.span_start AS SpanStart, u.span_end AS SpanEnd,
               -bm25(search_fts, 1.0, @partsWeight) AS Bm25
        FROM search_fts
        JOIN search_units u ON u.id = search_fts.rowid
        WHERE search_fts MATCH @match
          AND +search_fts.rowid IN (
              SELECT p.id FROM search_units p
              WHERE p.document_id IN (SELECT value FROM json_each(@documents)) AND p.unit <> 'document');
        """;

    /// <summary>One unit's passages, the best per document (per question for the question unit) and their count.</summary>
    private const string UnitsSql = $"""
        WITH matches AS (
            SELECT u.document_id, u.unit, u.number AS unit_number, u.span_start, u.span_end,
                   -bm25(search_fts, 1.0, @partsWeight) AS bm25
            FROM search_fts
            JOIN search_units u ON u.id = search_fts.rowid
            JOIN documents d ON d.id = u.document_id
            WHERE search_fts MATCH @match
              AND u.unit = @unit
            {Filters}
        ),
        {UnitRankingSql.Ranked}
        SELECT r.document_id AS DocumentId, r.unit AS Unit, r.unit_number AS UnitNumber, r.span_start AS SpanStart, r.span_end AS SpanEnd,
               CAST(r.bm25 AS REAL) AS Bm25, CAST(r.passages AS INTEGER) AS Passages, {Document}
        FROM ranked r JOIN documents d ON d.id = r.document_id
        WHERE r.rn = 1;
        """;
}
