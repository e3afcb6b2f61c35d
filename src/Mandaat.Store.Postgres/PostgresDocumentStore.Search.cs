using System.Data.Common;
using System.Globalization;
using Dapper;
using Mandaat.Core;
using Mandaat.Search.Query;
using Mandaat.Store.Postgres.Search;
using Mandaat.Store.Search;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    /// <summary>The shared <see cref="SearchFlow"/> with PostgreSQL's text search as the engine.</summary>
    public async Task<Outcome<IReadOnlyList<SearchHit>>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await new SearchFlow(_analyzer).RunAsync(request, async ct => await OpenAsync(ct), MatchAsync, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"the search failed in {Location}: {Reason(ex)}", ex);
        }
    }

    /// <summary>
    /// Matching with PostgreSQL's own Dutch stemmer (mandaat_dutch), ranking with SQLite's formula: BM25 summed
    /// over the query's leaves, tf from ts_rank_cd without normalisation (for one word or phrase that is its
    /// number of occurrences), IDF over all passages, each passage's length in the analyzer's tokens. So both
    /// backends weigh rare words, repetition and length alike, and put the same document first.
    /// </summary>
    private static async Task<Outcome<IReadOnlyList<UnitMatch>>> MatchAsync(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken)
    {
        var (query, words, leaves) = TsQueryCompiler.Compile(root);
        var parameters = new DynamicParameters();
        for (var i = 0; i < words.Count; i++)
        {
            parameters.Add("w" + i.ToString(CultureInfo.InvariantCulture), words[i]);
        }

        var nodes = await connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT numnode({query});", parameters, cancellationToken: cancellationToken));
        if (nodes == 0)
        {
            return Outcome<IReadOnlyList<UnitMatch>>.Fail("the query has no words to search for (only punctuation or symbols); give a word");
        }

        parameters.AddDynamicParams(new
        {
            kind = filters.Kind,
            dossier = filters.Dossier,
            from = filters.From,
            to = filters.To,
            unit = filters.Unit,
            perQuestion = filters.Unit == SearchUnits.Question,
        });
        var rows = await connection.QueryAsync<UnitMatch>(new CommandDefinition(SearchSql(query, leaves), parameters, cancellationToken: cancellationToken));
        return Outcome<IReadOnlyList<UnitMatch>>.Ok(rows.ToList());
    }

    /// <summary>
    /// The query expression is inlined (not a CTE) where it selects rows, so the planner can use the GIN index
    /// on terms; the leaves are computed once in a CTE where they only rank (a prefix's lexemes come from a
    /// function the planner would otherwise call again for every row).
    /// </summary>
    private static string SearchSql(string query, IReadOnlyList<string> leaves)
    {
        // A query always has a leaf (the parser refuses one that only excludes); the fallback keeps the SQL whole.
        IReadOnlyList<string> ranked = leaves.Count > 0 ? leaves : [query];
        var columns = string.Join(", ", ranked.Select((leaf, i) => $"{leaf} AS q{i}"));
        // IDF counts the passages that hold each leaf, wherever they are: the filters and the rest of the query
        // do not change how rare a word is (FTS5 counts over its whole index too).
        var hits = string.Join(", ", ranked.Select((_, i) => $"count(*) FILTER (WHERE s.terms @@ l.q{i})::float8 AS n{i}"));
        var bm25 = string.Join(" + ", ranked.Select((_, i) => $"mandaat_bm25(ts_rank_cd('{{1,1,1,1}}', u.terms, l.q{i}, 0), h.n{i}, c.units, u.tokens, c.avgdl)"));
        return $$"""
            WITH leaves AS (SELECT {{columns}}),
            corpus AS (SELECT count(*)::float8 AS units, COALESCE(avg(tokens), 1)::float8 AS avgdl FROM search_units),
            leaf_hits AS (SELECT {{hits}} FROM search_units s CROSS JOIN leaves l WHERE s.terms @@ ({{string.Join(" || ", ranked)}})),
            matches AS (
                SELECT u.document_id, u.unit, u.number AS unit_number, u.span_start, u.span_end, {{bm25}} AS bm25
                FROM search_units u
                JOIN documents d ON d.id = u.document_id
                CROSS JOIN leaves l
                CROSS JOIN corpus c
                CROSS JOIN leaf_hits h
                WHERE u.terms @@ {{query}}
                  AND (@kind::text IS NULL OR d.kind = @kind)
                  AND (@dossier::text IS NULL OR d.dossier = @dossier)
                  AND (@from::date IS NULL OR d.date >= @from)
                  AND (@to::date IS NULL OR d.date <= @to)
                  AND (@unit::text IS NULL OR u.unit = @unit)
                  -- Without a unit filter the query holds for the document as a whole: "Erbil -Jordanië" drops
                  -- a document that names Jordanië anywhere, not only the paragraphs that do.
                  AND (@unit::text IS NOT NULL OR EXISTS (
                      SELECT 1 FROM search_units w
                      WHERE w.document_id = u.document_id AND w.unit = 'document' AND w.terms @@ {{query}}))
            ),
            ranked AS (
                SELECT m.*,
                       ROW_NUMBER() OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END ORDER BY m.unit = 'document', m.bm25 DESC, m.span_start) AS rn,
                       COUNT(*) FILTER (WHERE m.unit <> 'document') OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END) AS passages
                FROM matches m
            )
            SELECT r.document_id AS DocumentId, r.unit AS Unit, r.unit_number AS UnitNumber, r.span_start AS SpanStart, r.span_end AS SpanEnd,
                   r.bm25::float8 AS Bm25, r.passages AS Passages,
                   d.title AS Title, d.kind AS Kind, d.dossier AS Dossier, d.number AS Number, to_char(d.date, 'YYYY-MM-DD') AS Date
            FROM ranked r
            JOIN documents d ON d.id = r.document_id
            WHERE r.rn = 1;
            """;
    }
}
