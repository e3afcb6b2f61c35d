using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mandaat.Bench;

/// <summary>
/// <c>mandaat serve --port 0</c> over a store, as an operator starts it, in a child process the bench talks to
/// over loopback HTTP. The search limiter stays in the path with an allowance far above what the bench sends,
/// so a 429 is an error of the bench, never a fast answer. Its peak memory is the child's own high-water mark.
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private const int SearchAllowance = 10_000_000;

    private readonly Process _process;
    private readonly Task _drainErrors;

    private ServeProcess(Process process, Uri address, Task drainErrors)
    {
        _process = process;
        _drainErrors = drainErrors;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
    }

    public HttpClient Client { get; }

    /// <summary>The child's peak resident memory so far, in MB.</summary>
    public double? PeakMegabytes => ChildMemory.HighWaterBytes(_process.Id) is > 0 and var bytes ? bytes / (1024.0 * 1024.0) : null;

    public static async Task<ServeProcess> StartAsync(Programs programs, bool? pgo, string store, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string> { ["MANDAAT_SEARCH_PER_MINUTE"] = SearchAllowance.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var start = programs.Mandaat(pgo, environment, "--db", store, "serve", "--port", "0");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start mandaat serve");
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromMinutes(2));
            while (await process.StandardOutput.ReadLineAsync(wait.Token) is { } line)
            {
                if (Listening().Match(line) is { Success: true } match)
                {
                    // The rest of stdout (the token line, request logs) is drained so the child never blocks on a full pipe.
                    _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                    return new ServeProcess(process, new Uri(match.Groups["url"].Value), errors);
                }
            }

            throw new InvalidOperationException($"mandaat serve stopped before it listened: {await errors}");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
        await _drainErrors;
        _process.Dispose();
    }

    [GeneratedRegex(@" at (?<url>https?://\S+?)/? \(")]
    private static partial Regex Listening();
}
