using Mandaat.Evaluation.Search;
using Mandaat.Hosting;
using Mandaat.Pipeline;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Store.Baselines;
using Mandaat.Store.Postgres.Baselines;
using Mandaat.Store.Sqlite.Baselines;

namespace Mandaat.Cli.SearchEvaluation;

/// <summary>
/// <c>eval-search</c>'s run: ingests the relevance set's corpus into fresh stores and asks every query of every
/// system for its top 10: Mandaat on SQLite, Mandaat on PostgreSQL (with a server), raw FTS5 as OpenTK indexes,
/// and PostgreSQL's <c>dutch</c> configuration. The baselines index the stored documents' text with Mandaat's
/// identification, so they see the same documents and the filters mean the same.
/// </summary>
public sealed class SearchEvaluator(IngestService ingest, QueryAliases aliases, string root, SearchJudgements judgements)
{
    public const string MandaatSqlite = "mandaat-sqlite";
    public const string MandaatPostgres = "mandaat-postgres";
    public const string RawFts5 = "fts5-raw";
    public const string PostgresDutch = "postgres-dutch";

    public async Task<(int Documents, IReadOnlyList<SystemScore> Systems)> RunAsync(string? postgresServer, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("mandaat-eval-search-");
        try
        {
            var systems = new List<SystemScore>();
            CorpusGrades grades;
            await using (var store = await StoreLocation.Parse(Path.Combine(folder.FullName, "mandaat.db")).Value.OpenAsync(cancellationToken, aliases))
            {
                grades = await IngestAsync(store, cancellationToken);
                systems.Add(await ScoreMandaatAsync(MandaatSqlite, "Mandaat, SQLite FTS5 store", store, grades, cancellationToken));
                await using var raw = await RawFts5Baseline.CreateAsync(Path.Combine(folder.FullName, "raw.db"), cancellationToken);
                await raw.AddAsync(await BaselineDocumentsAsync(store, cancellationToken), cancellationToken);
                systems.Add(await ScoreBaselineAsync(RawFts5, "raw FTS5, default tokenizer, bm25() (as OpenTK)", raw, grades, cancellationToken));
            }

            if (postgresServer is null)
            {
                const string reason = "no PostgreSQL server given (--pg or MANDAAT_EVAL_PG)";
                systems.Insert(1, SystemScore.SkippedBecause(MandaatPostgres, "Mandaat, PostgreSQL store", reason));
                systems.Add(SystemScore.SkippedBecause(PostgresDutch, "PostgreSQL to_tsvector('dutch'), ts_rank", reason));
                return (grades.Documents, systems);
            }

            await using var scratch = await PostgresScratchDatabase.CreateAsync(postgresServer, cancellationToken);
            await using (var store = await StoreLocation.Parse(scratch.ConnectionString).Value.OpenAsync(cancellationToken, aliases))
            {
                var pgGrades = await IngestAsync(store, cancellationToken);
                systems.Insert(1, await ScoreMandaatAsync(MandaatPostgres, "Mandaat, PostgreSQL store", store, pgGrades, cancellationToken));
                await using var dutch = await PostgresDutchBaseline.CreateAsync(scratch.ConnectionString, cancellationToken);
                await dutch.AddAsync(await BaselineDocumentsAsync(store, cancellationToken), cancellationToken);
                systems.Add(await ScoreBaselineAsync(PostgresDutch, "PostgreSQL to_tsvector('dutch'), ts_rank", dutch, pgGrades, cancellationToken));
            }

            return (grades.Documents, systems);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<CorpusGrades> IngestAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var folders = judgements.Corpus.Select(c => Path.Combine(root, c)).ToList();
        var missing = folders.FirstOrDefault(f => !Directory.Exists(f));
        if (missing is not null)
        {
            throw new UsageException($"the relevance set's corpus folder {missing} does not exist; give the folder that holds it (mandaat eval-search DIR)");
        }

        var report = await ingest.IngestAsync(store, folders, null, cancellationToken);
        var filesById = report.Ingested.Concat(report.Unchanged)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => Judged(d.Path)).Distinct().ToList(), StringComparer.Ordinal);
        return new CorpusGrades(filesById);
    }

    // A judged document is its path from the corpus root, with '/' and without extension.
    private string Judged(string path) =>
        Path.ChangeExtension(Path.GetRelativePath(root, path), null).Replace(Path.DirectorySeparatorChar, '/');

    private async Task<SystemScore> ScoreMandaatAsync(string system, string description, IDocumentStore store, CorpusGrades grades, CancellationToken cancellationToken)
    {
        var search = (ISearchService)store;
        var scores = new List<QueryScore>();
        foreach (var query in judgements.Queries)
        {
            var outcome = await search.SearchAsync(new SearchRequest(query.Query, Limit: RankingMetrics.Depth), cancellationToken);
            scores.Add(grades.Score(query, outcome.Succeeded ? outcome.Value.Select(h => h.Id).ToList() : []));
        }

        return Summarise(system, description, scores);
    }

    private async Task<SystemScore> ScoreBaselineAsync(string system, string description, IBaselineIndex index, CorpusGrades grades, CancellationToken cancellationToken)
    {
        var scores = new List<QueryScore>();
        foreach (var query in judgements.Queries)
        {
            var parsed = QueryParser.Parse(query.Query);
            var ranked = parsed.Succeeded ? await index.SearchAsync(parsed.Value, RankingMetrics.Depth, cancellationToken) : [];
            scores.Add(grades.Score(query, ranked));
        }

        return Summarise(system, description, scores);
    }

    private static SystemScore Summarise(string system, string description, IReadOnlyList<QueryScore> scores) =>
        new(system, description, scores.Average(s => s.NdcgAt10), scores.Average(s => s.ReciprocalRank), null, scores);

    private static async Task<IReadOnlyList<BaselineDocument>> BaselineDocumentsAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var documents = new List<BaselineDocument>();
        foreach (var summary in await store.ListAsync(DocumentFilter.None, cancellationToken))
        {
            var detail = await store.GetAsync(summary.Id, cancellationToken);
            if (detail is not null)
            {
                documents.Add(new BaselineDocument(summary.Id, detail.Text, summary.Kind, summary.Dossier, summary.Date));
            }
        }

        return documents;
    }
}
