using System.CommandLine;
using System.Text.Json.Nodes;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Core.Facts;
using Mandaat.Evaluation;
using Mandaat.Pipeline;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>eval DIR</c>: scores extraction on DIR/*.txt against DIR/*.jsonl by the rules of FORMAT.md, per type, per
/// document field and, when DIR has a PROVENANCE.tsv, per source form.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CommandServices services)
    {
        var directory = new Argument<string>("dir") { Description = "A folder of <name>.txt documents with <name>.jsonl gold annotations." };
        var misses = new Option<bool>("--misses") { Description = "Also list every missed and spurious item (for error analysis)." };
        var command = new Command("eval", "Score fact extraction against gold annotations.") { directory, misses };
        command.SetAction((parse, _) => Task.FromResult(Run(parse, services.Get<DocumentProcessor>(), parse.GetValue(directory)!, parse.GetValue(misses))));
        return command;
    }

    private static int Run(ParseResult parse, DocumentProcessor processor, string directory, bool showMisses)
    {
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"no such folder: {directory}");
        }

        var pairs = Directory.EnumerateFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(txt => (Text: txt, Gold: Path.ChangeExtension(txt, ".jsonl")))
            .Where(p => File.Exists(p.Gold))
            .ToList();
        if (pairs.Count == 0)
        {
            throw new UsageException($"{directory} holds no <name>.txt with a <name>.jsonl beside it");
        }

        var documents = new List<ScoredDocument>();
        foreach (var (text, goldPath) in pairs)
        {
            var gold = GoldFile.Read(goldPath);
            if (!gold.Succeeded)
            {
                throw new ReadFailedException(gold.Error!);
            }

            var content = FileContent.Read(text);
            var processed = content.Succeeded ? processor.Process(content.Value, text) : null;
            var predicted = processed is { Succeeded: true }
                ? processed.Value.Facts.Select(f => (JsonObject)JsonNode.Parse(FactJson.Serialize(f, gold: true))!).ToList()
                : [];
            documents.Add(new ScoredDocument(Path.GetFileName(text), gold.Value, predicted));
        }

        var result = GoldScorer.Score(documents);
        var forms = SourceForms.Read(directory) is { Count: > 0 } known ? SourceForms.ScoreByForm(documents, known) : null;
        if (parse.GetValue(GlobalOptions.Json))
        {
            Json.Write(EvaluationJson.Create(result, forms));
        }
        else
        {
            Write(result, showMisses);
            if (forms is not null)
            {
                WriteForms(forms);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>One row per source form of the set's PROVENANCE.tsv: how well each kind of copy is read.</summary>
    private static void WriteForms(IReadOnlyDictionary<string, EvaluationResult> forms)
    {
        var table = new Table().RoundedBorder().AddColumn("source form").AddColumn("gold").AddColumn("micro F1").AddColumn("document fields");
        foreach (var (form, score) in forms)
        {
            var fields = score.Types.TryGetValue("document", out var document) ? $"{document.F1:0.000}" : "–";
            table.AddRow(Markup.Escape(form), score.Micro.Gold.ToString(), $"{score.Micro.F1:0.000}", fields);
        }

        Terminal.Out.Write(table);
    }

    private static void Write(EvaluationResult result, bool showMisses)
    {
        var table = new Table().RoundedBorder().AddColumn("type").AddColumn("gold").AddColumn("predicted").AddColumn("precision").AddColumn("recall").AddColumn("F1");
        foreach (var (type, score) in result.Types.OrderBy(t => t.Key, StringComparer.Ordinal).Concat(result.Extra))
        {
            table.AddRow(type, score.Gold.ToString(), score.Predicted.ToString(), $"{score.Precision:0.000}", $"{score.Recall:0.000}", $"{score.F1:0.000}");
        }

        table.AddRow("[bold]micro[/]", result.Micro.Gold.ToString(), result.Micro.Predicted.ToString(), $"{result.Micro.Precision:0.000}", $"{result.Micro.Recall:0.000}", $"[bold]{result.Micro.F1:0.000}[/]");
        Terminal.Out.Write(table);
        if (showMisses)
        {
            foreach (var miss in result.Misses)
            {
                Terminal.Out.WriteLine($"{miss.Document}\t{miss.Type}\t{miss.Kind}\t{miss.Item}");
            }
        }
    }
}
