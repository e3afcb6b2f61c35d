using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Register.Toetsingskader;

namespace Mandaat.Cli.Commands;

/// <summary><c>check ID</c>: the Toetsingskader checklist of a stored letter, all 23 aspects; an unknown id exits 2.</summary>
public static class CheckCommand
{
    public static Command Create(CommandServices services)
    {
        var id = new Argument<string>("id") { Description = "The document id, as `list` shows it." };
        var command = new Command("check", "Check a letter against the 23 aspects of the Toetsingskader.") { id };
        command.SetAction(async (parse, ct) =>
        {
            var store = await services.StoreAsync();
            var result = ToetsingskaderCheck.Check(await DocumentLookup.GetAsync(store, parse.GetValue(id)!, ct));
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(RegisterJson.Check(result));
            }
            else
            {
                CheckText.Write(result);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
