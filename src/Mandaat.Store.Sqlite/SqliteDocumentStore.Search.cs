using System.Data.Common;
using System.Globalization;
using Dapper;
using Mandaat.Core;
using Mandaat.Search.Query;
using Mandaat.Store.Search;
using Mandaat.Store.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <summary>Weight of the parts column against body in BM25: a hit on a compound's part counts less than on a whole word.</summary>
    private const double PartsWeight = 0.5;

    /// <summary>The shared <see cref="SearchFlow"/> with FTS5 as the engine.</summary>
    public async Task<Outcome<IReadOnlyList<SearchHit>>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await new SearchFlow(_analyzer).RunAsync(request, async ct => await OpenAsync(ct), MatchAsync, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"the search failed in the database {FilePath}: {ex.Message}", ex);
        }
    }

    /// <summary>BM25 per passage from FTS5's bm25() (negated, so higher is better), filters in the same statement.</summary>
    private async Task<Outcome<IReadOnlyList<UnitMatch>>> MatchAsync(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Compile(root, _analyzer);
        if (!match.Succeeded)
        {
            return Outcome<IReadOnlyList<UnitMatch>>.Fail(match.Error!);
        }

        var rows = await connection.QueryAsync<UnitMatch>(new CommandDefinition(
            SearchSql,
            new
            {
                match = match.Value,
                partsWeight = PartsWeight,
                kind = filters.Kind,
                dossier = filters.Dossier,
                from = filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                to = filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                unit = filters.Unit,
                perQuestion = filters.Unit == SearchUnits.Question,
            },
            cancellationToken: cancellationToken));
        return Outcome<IReadOnlyList<UnitMatch>>.Ok(rows.ToList());
    }

    private const string SearchSql = """
        WITH matches AS (
            SELECT u.document_id, u.unit, u.number AS unit_number, u.span_start, u.span_end,
                   -bm25(search_fts, 1.0, @partsWeight) AS bm25
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
                   ROW_NUMBER() OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END ORDER BY m.unit = 'document', m.bm25 DESC, m.span_start) AS rn,
                   SUM(m.unit <> 'document') OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END) AS passages
            FROM matches m
        )
        SELECT r.document_id AS DocumentId, r.unit AS Unit, r.unit_number AS UnitNumber, r.span_start AS SpanStart, r.span_end AS SpanEnd,
               CAST(r.bm25 AS REAL) AS Bm25, CAST(r.passages AS INTEGER) AS Passages,
               d.title AS Title, d.kind AS Kind, d.dossier AS Dossier, d.number AS Number, d.date AS Date
        FROM ranked r JOIN documents d ON d.id = r.document_id
        WHERE r.rn = 1;
        """;
}
