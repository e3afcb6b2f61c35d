using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Core;
using Mandaat.Core.Documents;
using Mandaat.Store;

namespace Mandaat.Cli.Commands;

/// <summary><c>list [--kind K] [--dossier D]</c>: the stored documents.</summary>
public static class ListCommand
{
    public static Command Create(CommandServices services)
    {
        var kind = new Option<string?>("--kind") { Description = "Only documents of this kind (artikel100, voortgangsrapportage, vragen-en-antwoorden, …)." };
        var dossier = new Option<string?>("--dossier") { Description = "Only documents of this dossier (27925, 35570-X)." };
        var command = new Command("list", "List the stored documents.") { kind, dossier };
        command.SetAction(async (parse, ct) =>
        {
            DocumentKind? wanted = null;
            if (parse.GetValue(kind) is { } asked && !DocumentKind.TryParse(asked, out wanted))
            {
                throw new UsageException($"unknown kind '{asked}'; use one of {SlugSet.Names<DocumentKind>()}");
            }

            var store = await services.StoreAsync();
            var documents = await store.ListAsync(new DocumentFilter(wanted, DossierArgument.Normalize(parse.GetValue(dossier))), ct);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(documents);
            }
            else
            {
                DocumentTable.Write(documents);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
