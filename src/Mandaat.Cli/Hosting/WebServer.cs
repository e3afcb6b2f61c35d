using System.Net;
using Mandaat.Cli.Output;
using Mandaat.Hosting;
using Mandaat.Store;
using Mandaat.Web;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mandaat.Cli.Hosting;

/// <summary>
/// Runs the web application, as Mandaat.Hosting composes it, over the command's store on one address until
/// Ctrl+C: the shared body of <c>serve</c> and the end of <c>quickstart</c>.
/// </summary>
public static class WebServer
{
    public const string DefaultBind = "127.0.0.1";

    public const int DefaultPort = 5080;

    /// <summary>Serves until cancelled; prints the address it listens on (the real port when asked for 0) first.</summary>
    public static async Task<int> RunAsync(CommandServices services, string bind, int port, bool verbose, CancellationToken cancellationToken)
    {
        var address = ParseBind(bind);
        if (port is < 0 or > 65535)
        {
            throw new UsageException($"--port {port} is not a TCP port (0–65535; 0 picks a free one)");
        }

        // Open (and migrate) before listening, so an unreachable or newer store fails here with a clear
        // message; the server then serves this command's store, which the command disposes after it stops.
        await services.StoreAsync(create: true);
        var location = services.Get<StoreLocation>();
        await using var app = MandaatWebHost.Create(new Dictionary<string, string?> { [MandaatOptions.StoreSetting] = location.Address }, builder =>
        {
            builder.Services.AddSingleton(services.Get<LazyStore>());
            builder.WebHost.UseUrls($"http://{FormatHost(address)}:{port}");
            // Logs go to stderr and stay quiet unless asked: stdout carries the address scripts read.
            var logFormat = services.Get<IOptions<MandaatOptions>>().Value.LogFormat;
            LogOutput.Configure(builder.Logging, logFormat, verbose, server: true);
            if (!verbose && logFormat != LogOutput.Json)
            {
                // A failed start (a busy port) is reported below in one line; the host's own log of it is a
                // stack trace that buries that line.
                builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
            }
        });

        try
        {
            await MandaatWebHost.StartAsync(app, cancellationToken);
        }
        catch (IOException ex)
        {
            Terminal.WriteError($"cannot listen on {FormatHost(address)}:{port}: {ex.Message.TrimEnd('.')}; choose another with --port");
            return ExitCodes.Failure;
        }

        var url = app.ListeningAddress()
            ?? $"http://{FormatHost(address)}:{port}";
        Console.Out.WriteLine($"Mandaat serves {location.Description} at {url}/ (Ctrl+C stops)");
        Console.Out.WriteLine(app.Services.GetRequiredService<WriteToken>().Configured
            ? "Uploads and deletes need 'Authorization: Bearer $MANDAAT_TOKEN'."
            : "Uploads and deletes are off: set MANDAAT_TOKEN to allow them with that bearer token.");
        await Console.Out.FlushAsync(cancellationToken);

        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }

        return ExitCodes.Success;
    }

    private static IPAddress ParseBind(string bind) =>
        bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(bind, out var address) ? address
        : throw new UsageException($"--bind '{bind}' is not an IP address (127.0.0.1, 0.0.0.0, ::1)");

    private static string FormatHost(IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
}
