using System.Globalization;
using Dapper;
using Mandaat.Core;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store.Search;
using Npgsql;

namespace Mandaat.Store.Postgres.Search;

/// <summary>
/// PostgreSQL's <see cref="ISearchEngine"/>: matching on the terms of Mandaat's analyzer, as SQLite (schema
/// version 8; <see cref="TsVectorText"/>), ranking with SQLite's formula: BM25 summed over the query's leaves, tf
/// from ts_rank_cd without normalisation (for one word or phrase its number of occurrences, a compound part's
/// counting 0.5 as FTS5's parts column does), each unit's length in the analyzer's tokens against
/// the mean of its kind (whole documents, or passages; SQLite keeps them in two FTS5 tables), and IDF over
/// its own kind, except for the shown documents' passages, whose IDF counts documents as on SQLite. So both
/// backends weigh rare words, repetition and length alike, and put the same document first.
/// </summary>
internal sealed class PostgresSearchEngine(NpgsqlConnection connection, ITextAnalyzer analyzer, SearchStatistics statistics) : SqlSearchEngine(connection)
{
    public override Task<Outcome<IReadOnlyList<UnitMatch>>> DocumentsAsync(QueryNode root, QueryFilters filters, SearchSort sort, int limit, CancellationToken cancellationToken) =>
        QueryAsync(root, Ordered(filters, sort, limit), q => Sql(q, DocumentsBody(q.Query), passageIdf: PassageIdf.Passages), cancellationToken);

    public override async Task<Outcome<int>> CountAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken)
    {
        var counted = await QueryAsync<int>(root, Filtered(filters), q => CountSql(q.Query), ranked: false, cancellationToken);
        return counted.Succeeded ? Outcome<int>.Ok(counted.Value.Single()) : Outcome<int>.Fail(counted.Error!);
    }

    public override async Task<IReadOnlyList<UnitMatch>> PassagesAsync(QueryNode root, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        var passages = await QueryAsync(root, new { documents = documentIds.ToArray() }, q => Sql(q, PassagesBody(q.Query), passageIdf: PassageIdf.Documents), cancellationToken);
        return passages.Succeeded ? passages.Value : [];
    }

    public override Task<Outcome<IReadOnlyList<UnitMatch>>> UnitsAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken) =>
        QueryAsync(root, Filtered(filters), q => Sql(q, UnitsBody(q.Query), passageIdf: PassageIdf.Passages), cancellationToken);

    private Task<Outcome<IReadOnlyList<UnitMatch>>> QueryAsync(QueryNode root, object values, Func<CompiledQuery, string> sql, CancellationToken cancellationToken) =>
        QueryAsync<UnitMatch>(root, values, sql, ranked: true, cancellationToken);

    /// <param name="ranked">Whether the SQL ranks (<see cref="Sql"/>): it then binds the corpus totals and each leaf's hits, from <see cref="SearchStatistics"/>.</param>
    private async Task<Outcome<IReadOnlyList<T>>> QueryAsync<T>(QueryNode root, object values, Func<CompiledQuery, string> sql, bool ranked, CancellationToken cancellationToken)
    {
        var (query, words, leaves) = TsQueryCompiler.Compile(root, analyzer);
        var parameters = new DynamicParameters();
        for (var i = 0; i < words.Count; i++)
        {
            parameters.Add("w" + i.ToString(CultureInfo.InvariantCulture), words[i]);
        }

        var nodes = await Connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT numnode({query});", parameters, cancellationToken: cancellationToken));
        if (nodes == 0)
        {
            return Outcome<IReadOnlyList<T>>.Fail("the query has no words to search for (only punctuation or symbols); give a word");
        }

        if (ranked)
        {
            await BindStatisticsAsync(parameters, query, words, leaves, cancellationToken);
        }

        parameters.AddDynamicParams(values);
        var rows = await Connection.QueryAsync<T>(new CommandDefinition(sql(new CompiledQuery(query, [.. leaves.Select(l => l.Sql)])), parameters, cancellationToken: cancellationToken));
        return Outcome<IReadOnlyList<T>>.Ok([.. rows]);
    }

    // The totals and each ranked leaf's hits as parameters t_*, d{i}, p{i}; a leaf is known by the tsquery text it
    // binds (its own, or the whole query's when it has no leaves), which is what its counts depend on.
    private async Task BindStatisticsAsync(DynamicParameters parameters, string query, IReadOnlyList<string> words, IReadOnlyList<TsQueryLeaf> leaves, CancellationToken cancellationToken)
    {
        var ranked = Ranked(query, words, leaves);
        var (totals, hits) = await statistics.ForAsync((NpgsqlConnection)Connection, ranked, parameters, cancellationToken);
        parameters.AddDynamicParams(new { t_documents = totals.Documents, t_document_avgdl = totals.DocumentAvgdl, t_passages = totals.Passages, t_passage_avgdl = totals.PassageAvgdl });
        for (var i = 0; i < hits.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            parameters.Add("d" + n, hits[i].Documents);
            parameters.Add("p" + n, hits[i].Passages);
        }
    }

    // A query always has a leaf (the parser refuses one that only excludes); the whole query stands in otherwise, so the SQL stays whole.
    private static List<(string Sql, string Key)> Ranked(string query, IReadOnlyList<string> words, IReadOnlyList<TsQueryLeaf> leaves) =>
        leaves.Count > 0
            ? [.. leaves.Select(leaf => (leaf.Sql, leaf.TsQuery))]
            : [(query, query + " " + string.Join(" ", words))];

    private static object Filtered(QueryFilters filters) => new
    {
        kind = filters.Kind?.Slug,
        dossier = filters.Dossier,
        from = filters.From,
        to = filters.To,
        unit = filters.Unit,
        perQuestion = filters.Unit == SearchUnits.Question,
    };

    private static DynamicParameters Ordered(QueryFilters filters, SearchSort sort, int limit)
    {
        var values = new DynamicParameters(Filtered(filters));
        values.AddDynamicParams(new { byDate = sort == SearchSort.Date, limit });
        return values;
    }

    private sealed record CompiledQuery(string Query, IReadOnlyList<string> Leaves);

    /// <summary>What a passage's IDF counts: passages (a unit filter's ranking) or documents (the shown documents' passages, as SQLite scores them).</summary>
    private enum PassageIdf
    {
        Passages,
        Documents,
    }

    /// <summary>
    /// The query expression is inlined (not a CTE) where it selects rows, so the planner can use the GIN index
    /// on terms; the leaves are computed once in a CTE where they only rank (a prefix's lexemes come from a
    /// function the planner would otherwise call again for every row).
    /// </summary>
    private static string Sql(CompiledQuery compiled, string body, PassageIdf passageIdf)
    {
        IReadOnlyList<string> ranked = compiled.Leaves.Count > 0 ? compiled.Leaves : [compiled.Query];
        var columns = string.Join(", ", ranked.Select((leaf, i) => $"{leaf} AS q{i}"));
        // IDF counts the units of the same kind (whole documents, or passages) that hold each leaf, wherever they
        // are: the filters and the rest of the query do not change how rare a word is (FTS5 counts over its
        // whole table too). Counted by SearchStatistics, bound as d{i} and p{i}.
        var hits = string.Join(", ", ranked.Select((_, i) => $"@d{i}::float8 AS d{i}, @p{i}::float8 AS p{i}"));
        // A passage's hits and unit count: h.p and c.passages, or the documents' for the shown passages.
        var (passageHits, passageUnits) = passageIdf == PassageIdf.Documents ? ("d", "documents") : ("p", "passages");
        var bm25 = string.Join(" + ", ranked.Select((_, i) =>
            $"mandaat_bm25(ts_rank_cd('{{1,1,0.5,1}}', u.terms, l.q{i}, 0), " +
            $"CASE WHEN u.unit = 'document' THEN h.d{i} ELSE h.{passageHits}{i} END, " +
            $"CASE WHEN u.unit = 'document' THEN c.documents ELSE c.{passageUnits} END, " +
            "u.tokens, CASE WHEN u.unit = 'document' THEN c.document_avgdl ELSE c.passage_avgdl END)"));
        return $"""
            WITH leaves AS (SELECT {columns}),
            corpus AS (
                SELECT @t_documents::float8 AS documents, @t_document_avgdl::float8 AS document_avgdl,
                       @t_passages::float8 AS passages, @t_passage_avgdl::float8 AS passage_avgdl),
            leaf_hits AS (SELECT {hits}),
            scored AS (
                SELECT u.*, {bm25} AS bm25
                FROM search_units u
                CROSS JOIN leaves l
                CROSS JOIN corpus c
                CROSS JOIN leaf_hits h
            )
            {body}
            """;
    }

    private const string Filters = """
          AND (@kind::text IS NULL OR d.kind = @kind)
          AND (@dossier::text IS NULL OR d.dossier = @dossier)
          AND (@from::date IS NULL OR d.date >= @from)
          AND (@to::date IS NULL OR d.date <= @to)
        """;

    private const string Document = """
        d.title AS Title, d.kind AS Kind, d.dossier AS Dossier, d.number AS Number, to_char(d.date, 'YYYY-MM-DD') AS Date
        """;

    private static string DocumentsBody(string query) => $"""
        SELECT u.document_id AS DocumentId, u.unit AS Unit, u.number AS UnitNumber, u.span_start AS SpanStart, u.span_end AS SpanEnd,
               u.bm25::float8 AS Bm25, {Document}
        FROM scored u
        JOIN documents d ON d.id = u.document_id
        WHERE u.unit = 'document' AND u.terms @@ {query}
        {Filters}
        ORDER BY CASE WHEN @byDate THEN d.date END DESC NULLS LAST, u.bm25 DESC, u.document_id COLLATE "C"
        LIMIT @limit;
        """;

    /// <summary>The documents matching as a whole and passing the filters, counted without ranking them.</summary>
    private static string CountSql(string query) => $"""
        SELECT count(*)::int
        FROM search_units u
        JOIN documents d ON d.id = u.document_id
        WHERE u.unit = 'document' AND u.terms @@ {query}
        {Filters};
        """;

    private static string PassagesBody(string query) => $"""
        SELECT u.document_id AS DocumentId, u.unit AS Unit, u.number AS UnitNumber, u.span_start AS SpanStart, u.span_end AS SpanEnd,
               u.bm25::float8 AS Bm25
        FROM scored u
        WHERE u.document_id = ANY(@documents) AND u.unit <> 'document' AND u.terms @@ {query};
        """;

    private static string UnitsBody(string query) => $"""
        , matches AS (
            SELECT u.document_id, u.unit, u.number AS unit_number, u.span_start, u.span_end, u.bm25
            FROM scored u
            JOIN documents d ON d.id = u.document_id
            WHERE u.unit = @unit AND u.terms @@ {query}
            {Filters}
        ),
        {RankedUnitsSql}
        SELECT r.document_id AS DocumentId, r.unit AS Unit, r.unit_number AS UnitNumber, r.span_start AS SpanStart, r.span_end AS SpanEnd,
               r.bm25::float8 AS Bm25, r.passages AS Passages, {Document}
        FROM ranked r
        JOIN documents d ON d.id = r.document_id
        WHERE r.rn = 1;
        """;
}
