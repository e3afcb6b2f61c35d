namespace Mandaat.Store.Search;

/// <summary>
/// The SQL both engines use with a unit filter, valid on SQLite and PostgreSQL alike: over a CTE
/// <c>matches</c> (document_id, unit_number, span_start, bm25), the CTE <c>ranked</c> numbers each
/// document's passages (each question's, for the question unit) best first — the highest BM25, the
/// earliest on a tie — and counts them. Kept once so the two backends cannot pick differently.
/// </summary>
public static class UnitRankingSql
{
    public const string Ranked = """
        ranked AS (
            SELECT m.*,
                   ROW_NUMBER() OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END ORDER BY m.bm25 DESC, m.span_start) AS rn,
                   COUNT(*) OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END) AS passages
            FROM matches m
        )
        """;
}
