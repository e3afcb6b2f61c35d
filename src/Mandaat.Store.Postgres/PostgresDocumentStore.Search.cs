using Dapper;
using Mandaat.Core;
using Mandaat.Search.Query;
using Mandaat.Search.Snippets;
using Mandaat.Store.Postgres.Search;
using Mandaat.Store.Search;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    /// <summary>
    /// ts_rank_cd normalisation 2: divide by the passage's length, so a long passage that mentions a word
    /// once does not beat a short one about it (BM25's length normalisation does this on SQLite). Chosen with
    /// <see cref="RankScale"/> on the relevance set: of the settings tried (normalisations 0–32 and their
    /// sums, scales 1–100), this one gives the same first document as SQLite for the most queries.
    /// </summary>
    private const int RankNormalization = 2;

    /// <summary>Brings cover density (about 0.01–0.2 per passage) to the scale of BM25, so the bonus for many passages weighs as on SQLite.</summary>
    private const double RankScale = 20;

    /// <summary>
    /// The same shape as the SQLite search: filters in SQL before ranking; the query must hold for the
    /// document as a whole; per passage ts_rank_cd (cover density, all words weighted 1); one hit per document
    /// with its best passage (per question for type:question) plus a bonus for many matching passages; then
    /// sort and limit. Snippets come from the shared SnippetBuilder, so both backends mark matches alike.
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
        if (!filters.Succeeded)
        {
            return Fail(filters.Error!);
        }

        var (query, words) = TsQueryCompiler.Compile(parsed.Value.Root);
        var parameters = new DynamicParameters();
        for (var i = 0; i < words.Count; i++)
        {
            parameters.Add("w" + i, words[i]);
        }

        await using var connection = await OpenAsync(cancellationToken);
        List<MatchRow> rows;
        try
        {
            var nodes = await connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT numnode({query});", parameters, cancellationToken: cancellationToken));
            if (nodes == 0)
            {
                return Fail("the query has no words to search for (only punctuation or symbols); give a word");
            }

            parameters.AddDynamicParams(new
            {
                norm = RankNormalization,
                kind = filters.Value.Kind,
                dossier = filters.Value.Dossier,
                from = filters.Value.From,
                to = filters.Value.To,
                unit = filters.Value.Unit,
                perQuestion = filters.Value.Unit == SearchUnits.Question,
            });
            rows = (await connection.QueryAsync<MatchRow>(new CommandDefinition(SearchSql(query), parameters, cancellationToken: cancellationToken))).ToList();
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"the search failed in {Location}: {Reason(ex)}", ex);
        }

        var ordered = Order(rows, request.Sort).Take(request.Limit).ToList();
        var highlight = HighlightTerms.From(parsed.Value.Root, _analyzer);
        var snippets = new SnippetBuilder(_analyzer);
        var hits = new List<SearchHit>(ordered.Count);
        foreach (var row in ordered)
        {
            if (row.unit == SearchUnits.Document)
            {
                await ChooseParagraphAsync(connection, row, highlight, cancellationToken);
            }

            var isQuestion = row.unit == SearchUnits.Question;
            hits.Add(new SearchHit(
                row.document_id, row.title, row.kind, row.dossier, row.number, row.date, Math.Round(row.Score, 4),
                snippets.Build(row.body, highlight), row.unit, isQuestion ? null : row.unit_number, isQuestion ? row.unit_number : null,
                row.span_start, row.span_end, (int)row.passages));
        }

        return Outcome<IReadOnlyList<SearchHit>>.Ok(hits);
    }

    private static IEnumerable<MatchRow> Order(List<MatchRow> rows, SearchSort sort) => sort == SearchSort.Date
        ? rows.OrderBy(r => r.date is null).ThenByDescending(r => r.date).ThenByDescending(r => r.Score).ThenBy(r => r.document_id, StringComparer.Ordinal)
        : rows.OrderByDescending(r => r.Score).ThenBy(r => r.document_id, StringComparer.Ordinal).ThenBy(r => r.unit_number);

    /// <summary>
    /// A document found only as a whole (its words in different paragraphs) is shown by the paragraph that
    /// holds the most distinct query terms, as on SQLite.
    /// </summary>
    private async Task ChooseParagraphAsync(NpgsqlConnection connection, MatchRow row, HighlightTerms highlight, CancellationToken cancellationToken)
    {
        var paragraphs = await connection.QueryAsync<(int Number, int Start, int End, string Body)>(new CommandDefinition(
            "SELECT number, span_start, span_end, body FROM search_units WHERE document_id = @document_id AND unit = 'paragraph' ORDER BY number;",
            new { row.document_id },
            cancellationToken: cancellationToken));
        var best = paragraphs
            .Select(p => (Paragraph: p, Terms: _analyzer.Analyze(p.Body).Where(highlight.Matches).Select(t => t.Term).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(p => p.Terms)
            .ThenBy(p => p.Paragraph.Number)
            .FirstOrDefault();
        row.unit = SearchUnits.Paragraph;
        if (best.Terms > 0)
        {
            (row.unit_number, row.span_start, row.span_end, row.body) = best.Paragraph;
        }
        else
        {
            (row.unit_number, row.span_start, row.span_end) = (0, 0, Math.Min(row.body.Length, 600));
            row.body = row.body[..row.span_end];
        }
    }

    private static Outcome<IReadOnlyList<SearchHit>> Fail(string message) => Outcome<IReadOnlyList<SearchHit>>.Fail(message);

    /// <summary>The query expression is inlined (not a CTE) so the planner can use the GIN index on terms.</summary>
    private static string SearchSql(string query) => $$"""
        WITH matches AS (
            SELECT u.id, u.document_id, u.unit, u.number AS unit_number, u.span_start, u.span_end,
                   ts_rank_cd('{1,1,1,1}', u.terms, {{query}}, @norm) AS rank
            FROM search_units u
            JOIN documents d ON d.id = u.document_id
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
                   ROW_NUMBER() OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END ORDER BY m.unit = 'document', m.rank DESC, m.span_start) AS rn,
                   COUNT(*) FILTER (WHERE m.unit <> 'document') OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END) AS passages
            FROM matches m
        )
        SELECT r.document_id, r.unit, r.unit_number, r.span_start, r.span_end, r.rank::float8 AS rank, r.passages,
               u.body, d.title, d.kind, d.dossier, d.number, d.date
        FROM ranked r
        JOIN search_units u ON u.id = r.id
        JOIN documents d ON d.id = r.document_id
        WHERE r.rn = 1;
        """;

#pragma warning disable IDE1006, CA1812 // Row types mirror column names; Dapper creates them.
    private sealed class MatchRow
    {
        public string document_id { get; set; } = string.Empty;

        public string unit { get; set; } = string.Empty;

        public int unit_number { get; set; }

        public int span_start { get; set; }

        public int span_end { get; set; }

        public double rank { get; set; }

        public long passages { get; set; }

        public string body { get; set; } = string.Empty;

        public string title { get; set; } = string.Empty;

        public string kind { get; set; } = string.Empty;

        public string? dossier { get; set; }

        public string? number { get; set; }

        public DateOnly? date { get; set; }

        /// <summary>
        /// The best passage's cover density plus a little for every further matching passage; a document whose
        /// words are spread over paragraphs, with no one passage holding them all, counts half.
        /// </summary>
        public double Score => unit == SearchUnits.Document ? RankScale * rank * 0.5 : (RankScale * rank) + (0.5 * Math.Log(Math.Max(1, passages)));
    }
#pragma warning restore IDE1006, CA1812
}
