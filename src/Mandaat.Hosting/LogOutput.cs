using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Mandaat.Hosting;

/// <summary>
/// Where and how Mandaat logs (OPERATIONS.md): always on stderr, because stdout carries the answers and the
/// address scripts read. Text is for people and stays quiet unless asked (--verbose; a server shows warnings);
/// JSON (<c>MANDAAT_LOG_FORMAT=json</c>) is for a log collector, one object a line with UTC timestamps and
/// each message's named values as fields, from Information up (every request a server answers) or Debug with --verbose.
/// </summary>
public static class LogOutput
{
    public const string Text = "text";

    public const string Json = "json";

    public static IReadOnlySet<string> Formats { get; } = new HashSet<string>(StringComparer.Ordinal) { Text, Json };

    /// <param name="server">A server's text logs show warnings even without --verbose; a command's show nothing.</param>
    public static void Configure(ILoggingBuilder logs, string format, bool verbose, bool server)
    {
        ArgumentNullException.ThrowIfNull(logs);
        logs.ClearProviders();
        if (format == Json)
        {
            logs.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.IncludeScopes = true;
            });
            ToStandardError(logs);
            logs.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
            return;
        }

        if (!verbose && !server)
        {
            return;
        }

        logs.AddSimpleConsole(o => o.SingleLine = !server);
        ToStandardError(logs);
        logs.SetMinimumLevel(verbose ? (server ? LogLevel.Information : LogLevel.Debug) : LogLevel.Warning);
    }

    private static void ToStandardError(ILoggingBuilder logs) =>
        logs.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}
