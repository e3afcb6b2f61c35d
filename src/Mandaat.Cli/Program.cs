using System.CommandLine;
using Mandaat.Cli;
using Mandaat.Cli.Commands;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Store;
using Microsoft.Extensions.Options;

// The command line reads like the product: ingest, look, extract, score.
var services = new CommandServices();
var root = new RootCommand("Mandaat reads the Dutch parliament's record of military deployments (artikel 100) and answers with the sentence each fact comes from.")
{
    GlobalOptions.Db,
    GlobalOptions.Json,
    GlobalOptions.Verbose,
    QuickstartCommand.Create(services),
    IngestCommand.Create(services),
    ImportCommand.Create(services),
    ListCommand.Create(services),
    ShowCommand.Create(services),
    RemoveCommand.Create(services),
    FactsCommand.Create(services),
    EvalCommand.Create(services),
    EvalSearchCommand.Create(services),
    SearchCommand.Create(services),
    QuestionsCommand.Create(services),
    MissionsCommand.Create(services),
    MissionCommand.Create(services),
    CheckCommand.Create(services),
    CommitmentsCommand.Create(services),
    ExportCommand.Create(services),
    CopyCommand.Create(services),
    ReindexCommand.Create(services),
    BackupCommand.Create(services),
    ServeCommand.Create(services),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Terminal.WriteError($"{error.Message} (see `mandaat --help`)");
    }

    return ExitCodes.Usage;
}

var verbose = parse.GetValue(GlobalOptions.Verbose);
try
{
    // Disposed in here, so a store that fails to close is reported like any other failure.
    await using (services)
    {
        // A command starts with its services composed and every setting checked; --help needs none.
        if (parse.Action == parse.CommandResult.Command.Action)
        {
            services.Compose(parse);
        }

        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
catch (Exception ex) when (ex is UsageException or OptionsValidationException)
{
    Terminal.WriteError(ex.Message);
    return ExitCodes.Usage;
}
catch (Exception ex) when (ex is StoreException or ReadFailedException)
{
    Terminal.WriteError(ex.Message);
    return ExitCodes.Failure;
}
catch (OperationCanceledException)
{
    Terminal.WriteError("cancelled");
    return ExitCodes.Failure;
}
#pragma warning disable CA1031 // The last line of defence: a user never sees a stack trace unless asked.
catch (Exception ex)
#pragma warning restore CA1031
{
    Terminal.WriteError($"unexpected failure: {ex.Message}{(verbose ? Environment.NewLine + ex : " (run with --verbose for details)")}");
    return ExitCodes.Failure;
}
