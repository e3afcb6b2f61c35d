using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Cli.SearchEvaluation;
using Mandaat.Evaluation.Search;
using Mandaat.Pipeline;
using Mandaat.Search.Query;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>eval-search [DIR]</c>: nDCG@10 and MRR of Mandaat's search (SQLite, and PostgreSQL when a server is given)
/// and of two baselines (raw FTS5, PostgreSQL's dutch configuration) on a graded relevance set, in one run over
/// fresh stores.
/// </summary>
public static class EvalSearchCommand
{
    /// <summary>The environment variable naming a PostgreSQL server when --pg is not given.</summary>
    public const string ServerVariable = "MANDAAT_EVAL_PG";

    public static Command Create(CommandServices services)
    {
        var directory = new Argument<string>("dir") { Description = "The folder the relevance set's corpus paths start from (default: the current folder).", DefaultValueFactory = _ => "." };
        var set = new Option<string?>("--set") { Description = "The relevance set (default: DIR/tests/data/search/judgements.json)." };
        var server = new Option<string?>("--pg") { Description = $"A PostgreSQL server where a scratch database may be created (default: ${ServerVariable}); without one the PostgreSQL systems are skipped." };
        var perQuery = new Option<bool>("--per-query") { Description = "Also list each query's nDCG@10 per system." };
        var command = new Command("eval-search", "Score search on a graded relevance set: Mandaat against raw FTS5 and PostgreSQL's dutch search.") { directory, set, server, perQuery };
        command.SetAction((parse, ct) => RunAsync(services, parse, parse.GetValue(directory)!, parse.GetValue(set), parse.GetValue(server), parse.GetValue(perQuery), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandServices services, ParseResult parse, string directory, string? setPath, string? server, bool perQuery, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"no such folder: {directory}");
        }

        setPath ??= Path.Combine(directory, "tests", "data", "search", "judgements.json");
        var judgements = SearchJudgements.Read(setPath);
        if (!judgements.Succeeded)
        {
            throw new UsageException(judgements.Error!);
        }

        server ??= Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } named ? named : null;
        var evaluator = new SearchEvaluator(services.Get<IngestService>(), services.Get<QueryAliases>(), Path.GetFullPath(directory), judgements.Value);
        var (documents, systems) = await evaluator.RunAsync(server, cancellationToken);
        if (parse.GetValue(GlobalOptions.Json))
        {
            Json.Write(new
            {
                queries = judgements.Value.Queries.Count,
                documents,
                systems = systems.Select(s => new
                {
                    system = s.System,
                    description = s.Description,
                    ndcg_at_10 = s.NdcgAt10 is { } n ? Math.Round(n, 4) : (double?)null,
                    mrr = s.Mrr is { } m ? Math.Round(m, 4) : (double?)null,
                    skipped = s.Skipped,
                    per_query = perQuery ? s.Queries.Select(q => new { query = q.Query, ndcg_at_10 = Math.Round(q.NdcgAt10, 4), rr = Math.Round(q.ReciprocalRank, 4), grades = q.Grades, ids = q.Ids }) : null,
                }),
            });
            return ExitCodes.Success;
        }

        Write(judgements.Value.Queries.Count, documents, systems, perQuery);
        return ExitCodes.Success;
    }

    private static void Write(int queries, int documents, IReadOnlyList<SystemScore> systems, bool perQuery)
    {
        Terminal.Out.WriteLine($"{queries} queries over {documents} stored documents");
        var table = new Table().RoundedBorder().AddColumn("system").AddColumn("nDCG@10").AddColumn("MRR").AddColumn("what");
        foreach (var system in systems)
        {
            table.AddRow(
                system.System,
                system.NdcgAt10 is { } n ? $"{n:0.000}" : "skipped",
                system.Mrr is { } m ? $"{m:0.000}" : "–",
                Markup.Escape(system.Skipped is null ? system.Description : $"{system.Description}: {system.Skipped}"));
        }

        Terminal.Out.Write(table);
        if (!perQuery)
        {
            return;
        }

        var measured = systems.Where(s => s.Skipped is null).ToList();
        for (var i = 0; i < measured[0].Queries.Count; i++)
        {
            Terminal.Out.WriteLine($"{measured[0].Queries[i].Query}\t{string.Join('\t', measured.Select(s => $"{s.System} {s.Queries[i].NdcgAt10:0.00} [{string.Join(',', s.Queries[i].Grades)}]"))}");
        }
    }
}
