using System.Diagnostics;

namespace Mandaat.Durability.Tests;

/// <summary><c>mandaat ingest</c> as a real process that a test may kill with SIGKILL at any moment, as a power cut or the OOM killer would.</summary>
internal sealed class IngestProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    public IngestProcess(string workingDirectory, string database, IEnumerable<string> paths)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mandaat.dll"), "ingest" }.Concat(paths).Append("--json"))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["MANDAAT_DB"] = database;
        info.Environment["MANDAAT_HOME"] = RepoPaths.Root;
        _process = Process.Start(info)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no handler runs, no transaction is finished, nothing is flushed.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public async Task<CliRun> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _process.WaitForExitAsync(timeout.Token);
        return new CliRun(_process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
