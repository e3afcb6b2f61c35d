using System.CommandLine;
using Mandaat.Cli.Hosting;

namespace Mandaat.Cli.Commands;

/// <summary><c>serve [--bind ADDR] [--port N]</c>: the web pages and REST API over the store (CLI.md), until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Option<int> CreatePortOption() => new("--port")
    {
        Description = "The TCP port to listen on (0 picks a free one and prints it).",
        DefaultValueFactory = _ => WebServer.DefaultPort,
    };

    public static Command Create(CommandServices services)
    {
        var bind = new Option<string>("--bind")
        {
            Description = "The IP address to listen on (0.0.0.0 for every interface).",
            DefaultValueFactory = _ => WebServer.DefaultBind,
        };
        var port = CreatePortOption();
        var command = new Command("serve", "Serve the web pages (Dutch) and the REST API over the store; writes need MANDAAT_TOKEN.") { bind, port };
        command.SetAction((parse, ct) => WebServer.RunAsync(
            services,
            parse.GetValue(bind)!,
            parse.GetValue(port),
            parse.GetValue(GlobalOptions.Verbose),
            ct));
        return command;
    }
}
