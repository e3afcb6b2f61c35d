using System.CommandLine;
using Mandaat.Cli;
using Mandaat.Cli.Commands;
using Mandaat.Cli.Output;
using Mandaat.Store;

// The command line reads like the product: ingest, look, extract, score.
var root = new RootCommand("Mandaat reads the Dutch parliament's record of military deployments (artikel 100) and answers with the sentence each fact comes from.")
{
    GlobalOptions.Db,
    GlobalOptions.Json,
    GlobalOptions.Verbose,
    QuickstartCommand.Create(),
    IngestCommand.Create(),
    ListCommand.Create(),
    ShowCommand.Create(),
    FactsCommand.Create(),
    EvalCommand.Create(),
    SearchCommand.Create(),
    QuestionsCommand.Create(),
    MissionsCommand.Create(),
    MissionCommand.Create(),
    CheckCommand.Create(),
    CommitmentsCommand.Create(),
    ExportCommand.Create(),
    CopyCommand.Create(),
    BenchCommand.Create(),
    ServeCommand.Create(),
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
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException ex)
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
