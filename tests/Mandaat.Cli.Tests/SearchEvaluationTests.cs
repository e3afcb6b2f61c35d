using System.Text.Json;
using Mandaat.Testing;
using Xunit.Abstractions;

namespace Mandaat.Cli.Tests;

/// <summary>
/// <c>eval-search</c> through the real CLI on the graded relevance set (tests/data/search/judgements.json) over the
/// real development corpus, on SQLite and on the PostgreSQL test server: Mandaat's nDCG@10 and MRR stay at least
/// the committed figures (tests/data/scores/search.json) and the issue's margins over the two baselines, and both
/// backends put the same document first for every query.
/// </summary>
public sealed class SearchEvaluationTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The committed figures are rounded to four decimals.</summary>
    private const double Rounding = 0.00005;

    private static readonly string[] Categories = ["word", "compound-split", "compound-joined", "plural", "acronym", "alias", "phrase", "filter"];

    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void The_relevance_set_has_graded_judgements_of_real_documents_for_every_kind_of_query()
    {
        using var set = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "data", "search", "judgements.json")));
        var queries = set.RootElement.GetProperty("queries").EnumerateArray().ToList();

        Assert.True(queries.Count >= 80, $"{queries.Count} queries");
        Assert.Equal(Categories.Order(), queries.Select(q => q.GetProperty("category").GetString()!).Distinct().Order());
        foreach (var query in queries)
        {
            var judged = query.GetProperty("judged").EnumerateArray().ToList();
            Assert.Contains(judged, j => j.GetProperty("grade").GetInt32() >= 2);
            foreach (var document in judged)
            {
                Assert.InRange(document.GetProperty("grade").GetInt32(), 1, 3);
                Assert.True(File.Exists(Path.Combine(RepoPaths.Root, document.GetProperty("doc").GetString()! + ".txt")), document.GetProperty("doc").GetString());
                Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("why").GetString()));
            }
        }
    }

    [Fact]
    public void Mandaat_keeps_its_committed_figures_and_its_margins_over_both_baselines_on_both_backends()
    {
        var run = _workspace.Run("eval-search", RepoPaths.Root, "--pg", PostgresTestDatabase.Server, "--per-query", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var systems = run.Json.GetProperty("systems").EnumerateArray().ToDictionary(s => s.GetProperty("system").GetString()!);
        using var committed = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "data", "scores", "search.json")));
        var figures = committed.RootElement.GetProperty("systems").EnumerateArray().ToDictionary(s => s.GetProperty("system").GetString()!);
        foreach (var (name, system) in systems)
        {
            output.WriteLine($"{name}: nDCG@10 {system.GetProperty("ndcg_at_10").GetDouble():0.0000}, MRR {system.GetProperty("mrr").GetDouble():0.0000}");
        }

        foreach (var name in new[] { "mandaat-sqlite", "mandaat-postgres" })
        {
            foreach (var figure in new[] { "ndcg_at_10", "mrr" })
            {
                var measured = systems[name].GetProperty(figure).GetDouble();
                var expected = figures[name].GetProperty(figure).GetDouble();
                Assert.True(measured >= expected - Rounding, $"{name} {figure} {measured:0.0000} dropped below the committed {expected:0.0000}");
            }
        }

        var ndcg = systems["mandaat-sqlite"].GetProperty("ndcg_at_10").GetDouble();
        Assert.True(ndcg >= systems["fts5-raw"].GetProperty("ndcg_at_10").GetDouble() + 0.15, "nDCG@10 less than 0.15 above raw FTS5");
        Assert.True(ndcg >= systems["postgres-dutch"].GetProperty("ndcg_at_10").GetDouble() + 0.08, "nDCG@10 less than 0.08 above PostgreSQL dutch");

        var onSqlite = FirstIds(systems["mandaat-sqlite"]);
        var onPostgres = FirstIds(systems["mandaat-postgres"]);
        var differ = onSqlite.Keys.Where(q => onSqlite[q] != onPostgres[q]).ToList();
        Assert.True(differ.Count == 0, $"the first document differs between SQLite and PostgreSQL for: {string.Join("; ", differ)}");
    }

    [Fact]
    public void Without_a_server_the_PostgreSQL_systems_are_reported_as_skipped()
    {
        var set = Path.Combine(_workspace.Folder, "set.json");
        File.WriteAllText(set, """
            {"corpus": ["samples"], "queries": [{"query": "KDC-10", "category": "acronym", "judged": [{"doc": "samples/001_326debb848e5d1bd", "grade": 3, "why": "the tanker"}]}]}
            """);
        _workspace.Environment["MANDAAT_EVAL_PG"] = string.Empty;

        var run = _workspace.Run("eval-search", RepoPaths.Root, "--set", set, "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var systems = run.Json.GetProperty("systems").EnumerateArray().ToDictionary(s => s.GetProperty("system").GetString()!);
        Assert.Equal(JsonValueKind.String, systems["mandaat-postgres"].GetProperty("skipped").ValueKind);
        Assert.Equal(JsonValueKind.String, systems["postgres-dutch"].GetProperty("skipped").ValueKind);
        Assert.Equal(1.0, systems["mandaat-sqlite"].GetProperty("mrr").GetDouble());
        Assert.Equal(JsonValueKind.Null, systems["mandaat-sqlite"].GetProperty("skipped").ValueKind);
    }

    private static Dictionary<string, string?> FirstIds(JsonElement system) =>
        system.GetProperty("per_query").EnumerateArray().ToDictionary(
            q => q.GetProperty("query").GetString()!,
            q => q.GetProperty("ids").EnumerateArray().Select(i => i.GetString()).FirstOrDefault());

    public void Dispose() => _workspace.Dispose();
}
