using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mandaat.Cli.Hosting;

/// <summary>Stages log to an injected logger; the CLI shows those logs on stderr only with --verbose.</summary>
public static class Logging
{
    public static ILoggerFactory Create(bool verbose) =>
        verbose ? LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddFilter(_ => true).SetMinimumLevel(LogLevel.Debug)) : NullLoggerFactory.Instance;
}
