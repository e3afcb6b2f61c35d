using System.CommandLine;
using System.CommandLine.Help;
using Mandaat.Bench;
using Mandaat.Cli;
using Mandaat.Cli.Output;

// `./mandaat bench …` runs this tool with mandaat's command line as given (the launcher dispatches it here),
// so it takes the CLI's global options and answers with its exit codes and error lines (CLI.md). Its root
// is named as the launcher's command, so help reads `mandaat bench` as it did inside the CLI.
var root = new Command("mandaat", "The performance benchmark of Mandaat (./mandaat bench).")
{
    new HelpOption(),
    GlobalOptions.Db,
    GlobalOptions.Json,
    GlobalOptions.Verbose,
    BenchCommand.Create(),
    RawInsertCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Terminal.WriteError($"{error.Message} (see `mandaat bench --help`)");
    }

    return ExitCodes.Usage;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException)
{
    Terminal.WriteError("cancelled");
    return ExitCodes.Failure;
}
#pragma warning disable CA1031 // A user never sees a stack trace unless asked.
catch (Exception ex)
#pragma warning restore CA1031
{
    Terminal.WriteError($"unexpected failure: {ex.Message}{(parse.GetValue(GlobalOptions.Verbose) ? Environment.NewLine + ex : " (run with --verbose for details)")}");
    return ExitCodes.Failure;
}
