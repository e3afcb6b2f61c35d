using System.Diagnostics;
using System.Text;

namespace Mandaat.Testing;

/// <summary>
/// <c>mandaat serve --port 0</c> as a real process over a store: its address read from the first stdout line,
/// its stderr kept (the logs), killed with its children when the test is done.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>What the server wrote on stderr so far, one log line after another.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static async Task<ServerProcess> StartAsync(string workingDirectory, string database, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mandaat.dll"), "serve", "--port", "0" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["MANDAAT_DB"] = database;
        info.Environment["MANDAAT_HOME"] = RepoPaths.Root;
        info.Environment["MANDAAT_TOKEN"] = string.Empty;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        var start = line?.IndexOf("http://", StringComparison.Ordinal) ?? -1;
        if (line is null || start < 0)
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException($"serve did not start: {line} {error}");
        }

        var server = new ServerProcess(process, new Uri(line[start..line.IndexOf(' ', start)]));
        process.ErrorDataReceived += (_, e) =>
        {
            lock (server._stderr)
            {
                server._stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return server;
    }

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
