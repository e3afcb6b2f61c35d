using System.Diagnostics;

namespace Mandaat.Bench;

/// <summary>What one child process that ran to its end did: exit code, output, wall time and peak resident memory.</summary>
public sealed record ChildRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, double? PeakMegabytes)
{
    /// <summary>Runs the child to its end; the clock covers its whole life, start-up included, as a user's command does.</summary>
    public static async Task<ChildRun> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        double? peak;
        string stdout, stderr;
        await using (var memory = new ChildMemory(process.Id))
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            clock.Stop();
            peak = memory.PeakMegabytes;
            stdout = await output;
            stderr = await errors;
        }

        return new ChildRun(process.ExitCode, stdout, stderr, clock.Elapsed, peak);
    }

    /// <summary>This run, or an exception with its error output when it failed.</summary>
    public ChildRun Succeeded(string what) => ExitCode == 0
        ? this
        : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}: {Stderr.Trim()}");
}
