using System.Diagnostics;
using System.Text.Json;

namespace Mandaat.Testing;

/// <summary>What one run of a real Mandaat program (the CLI, or the bench tool) printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;

    /// <summary>Runs a built program (<paramref name="program"/>, such as mandaat.dll, beside the tests) as a separate process in a working folder.</summary>
    public static CliRun Start(string program, string workingDirectory, string database, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartWith([], program, workingDirectory, database, environment, args);

    /// <summary>The same, started through a launcher (such as setpriv, to run without some of root's rights).</summary>
    public static CliRun StartWith(IReadOnlyList<string> launcher, string program, string workingDirectory, string database, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (launcher.Count > 0)
        {
            foreach (var part in launcher.Skip(1).Append("dotnet"))
            {
                info.ArgumentList.Add(part);
            }
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["MANDAAT_DB"] = database;
        info.Environment["MANDAAT_HOME"] = RepoPaths.Root;
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("mandaat did not finish: " + string.Join(' ', args));
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
