using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Core;
using Mandaat.Core.Facts;
using Mandaat.Pipeline;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>facts ID|PATH</c>: the facts of a stored document, or of a file read and extracted on the spot
/// without being stored.
/// </summary>
public static class FactsCommand
{
    public static Command Create(CommandServices services)
    {
        var target = new Argument<string>("id-or-path") { Description = "A stored document's id, or a file to extract without storing it." };
        var type = new Option<string?>("--type") { Description = "Only facts of this type (money, personnel, asset, period, reference, commitment, legal_basis, …)." };
        var format = new Option<string>("--format") { Description = "table, json (facts with citations) or jsonl (the gold format, document first).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl");
        var command = new Command("facts", "Show the facts of a document with their citations.") { target, type, format };
        command.SetAction(async (parse, ct) =>
        {
            var facts = await LoadAsync(services, parse.GetValue(target)!, ct);
            FactType? wanted = null;
            if (parse.GetValue(type) is { } asked && !FactType.TryParse(asked, out wanted))
            {
                throw new UsageException($"unknown fact type '{asked}'; use one of {SlugSet.Names<FactType>()}");
            }

            var selected = facts.Where(f => wanted is null || f.Type == wanted).ToList();
            // --json means the json format unless a format was named; a default value still yields a
            // result, so "named" is a result that was not implicit.
            var named = parse.GetResult(format) is { Implicit: false };
            var chosen = parse.GetValue(GlobalOptions.Json) && !named ? "json" : parse.GetValue(format);
            switch (chosen)
            {
                case "jsonl":
                    foreach (var fact in selected)
                    {
                        Console.Out.WriteLine(FactJson.Serialize(fact, gold: true));
                    }

                    break;
                case "json":
                    Json.Write(selected);
                    break;
                default:
                    FactTable.Write(selected);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<IReadOnlyList<Fact>> LoadAsync(CommandServices services, string target, CancellationToken cancellationToken)
    {
        if (File.Exists(target))
        {
            var content = FileContent.Read(target);
            var processed = content.Succeeded ? services.Get<DocumentProcessor>().Process(content.Value, target) : null;
            var error = content.Error ?? processed?.Error;
            return error is null ? processed!.Value.Facts : throw new ReadFailedException($"{target}: {error}");
        }

        var store = await services.StoreAsync();
        var document = await DocumentLookup.GetAsync(store, target, cancellationToken);
        return document.Facts;
    }
}
