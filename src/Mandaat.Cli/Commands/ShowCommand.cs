using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Store;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary><c>show ID</c>: one document with its sections, facts and signatories.</summary>
public static class ShowCommand
{
    public static Command Create(CommandServices services)
    {
        var id = new Argument<string>("id") { Description = "The document id, as `list` shows it (kst-27925-607)." };
        var version = new Option<int?>("--version") { Description = "An earlier version of the paper (1 is the first stored); `show ID` lists them." };
        var command = new Command("show", "Show a stored document with its sections, facts and signatories.") { id, version };
        command.SetAction(async (parse, ct) =>
        {
            var store = await services.StoreAsync();
            var document = parse.GetValue(version) is { } wanted
                ? await DocumentLookup.GetVersionAsync(store, parse.GetValue(id)!, wanted, ct)
                : await DocumentLookup.GetAsync(store, parse.GetValue(id)!, ct);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(DocumentJson.Detail(document));
            }
            else
            {
                Write(document);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(DocumentDetail document)
    {
        DocumentTable.Write([document.Summary]);
        foreach (var warning in IdentificationWarning.For(document))
        {
            Terminal.Out.MarkupLineInterpolated($"[yellow]warning:[/] {warning.Message}");
        }

        if (document.Official is { } official)
        {
            Terminal.Out.MarkupLineInterpolated($"[grey]official:[/] {official.Url} ({official.Source} {official.SourceId}, {official.Soort})");
        }

        if (document.Versions.Count > 1)
        {
            foreach (var v in document.Versions)
            {
                var marker = v.Version == document.Version ? "[green]*[/]" : " ";
                Terminal.Out.MarkupLine($"{marker} version {v.Version}: {Markup.Escape(TerminalText.Safe(v.Path))}, stored {v.IngestedAt:yyyy-MM-dd HH:mm}{(v.Current ? " (current)" : $", replaced {v.ReplacedAt:yyyy-MM-dd HH:mm}")}");
            }
        }

        foreach (var signatory in document.Signatories)
        {
            Terminal.Out.MarkupLineInterpolated($"[grey]signed:[/] {TerminalText.Safe(signatory.Name)}, {TerminalText.Safe(signatory.Office)}");
        }

        var tree = new Tree("sections");
        var nodes = new Dictionary<int, TreeNode>();
        foreach (var section in document.Sections)
        {
            var label = Markup.Escape(TerminalText.Safe(section.Heading)) + (section.Aspect is null ? string.Empty : $" [green]({section.Aspect})[/]");
            nodes[section.Index] = section.ParentIndex is { } parent && nodes.TryGetValue(parent, out var parentNode)
                ? parentNode.AddNode(label)
                : tree.AddNode(label);
        }

        Terminal.Out.Write(tree);
        FactTable.Write(document.Facts);
    }
}
