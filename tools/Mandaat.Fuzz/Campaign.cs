using System.Diagnostics;
using System.Security.Cryptography;

namespace Mandaat.Fuzz;

/// <summary>
/// Fuzzes one target for a time budget. Inputs run in a worker process; this supervisor gives each at most
/// <see cref="FuzzOptions.Timeout"/> (a hang: the worker is killed and started again) and the worker at most
/// <see cref="FuzzOptions.MemoryBytes"/> (its heap is capped there, and its working set is watched for native
/// memory: a blow-up). The corpus grows by each input whose outcome signature is new (<see cref="FuzzTarget"/>):
/// behaviour-guided, not coverage-guided. Every finding is saved once per distinct description.
/// </summary>
public sealed class Campaign(FuzzTarget target, FuzzOptions options, TextWriter log) : IDisposable
{
    private readonly Random _random = new(options.Seed);
    private readonly HashSet<string> _signatures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly List<Finding> _findings = [];
    private readonly string _work = Directory.CreateTempSubdirectory("mandaat-fuzz-").FullName;
    private Process? _worker;

    public async Task<CampaignResult> RunAsync(IReadOnlyList<byte[]> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var corpus = new List<byte[]>();
        var mutator = new Mutator(_random);
        var clock = Stopwatch.StartNew();
        var executions = 0;
        foreach (var seed in seeds)
        {
            if (await RunOneAsync(seed))
            {
                corpus.Add(seed);
            }

            executions++;
        }

        // Seeds that all behave alike still start the corpus.
        corpus.AddRange(corpus.Count == 0 ? seeds : []);
        while (clock.Elapsed < options.Budget)
        {
            var input = mutator.Mutate(corpus[_random.Next(corpus.Count)], target.Name, corpus);
            if (input.Length > options.MaxInputBytes)
            {
                continue;
            }

            if (await RunOneAsync(input))
            {
                corpus.Add(input);
            }

            executions++;
        }

        StopWorker();
        return new CampaignResult(target.Name, executions, _signatures.Count, corpus.Count, clock.Elapsed, _findings);
    }

    public void Dispose()
    {
        StopWorker();
        Directory.Delete(_work, recursive: true);
    }

    // True when the input's outcome was new.
    private async Task<bool> RunOneAsync(byte[] input)
    {
        var path = Path.Combine(_work, "input" + target.Extension);
        await File.WriteAllBytesAsync(path, input);
        var worker = _worker ??= StartWorker();
        await worker.StandardInput.WriteLineAsync($"{target.Name} {path}");
        await worker.StandardInput.FlushAsync();

        var answer = worker.StandardOutput.ReadLineAsync();
        var clock = Stopwatch.StartNew();
        while (!answer.IsCompleted)
        {
            await Task.WhenAny(answer, Task.Delay(50));
            worker.Refresh();
            if (answer.IsCompleted)
            {
                break;
            }

            if (!worker.HasExited && worker.WorkingSet64 > options.MemoryBytes)
            {
                Report(input, "memory", $"the worker's working set passed {options.MemoryBytes / (1024 * 1024)} MB");
                StopWorker();
                return false;
            }

            if (clock.Elapsed > options.Timeout)
            {
                Report(input, "hang", $"no answer within {options.Timeout.TotalSeconds:0.#} s");
                StopWorker();
                return false;
            }
        }

        var line = await answer;
        if (line is null)
        {
            var code = worker.WaitForExit(5000) ? worker.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            Report(input, "crash", $"the worker died (exit {code}): {Tail(await worker.StandardError.ReadToEndAsync())}");
            StopWorker();
            return false;
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var (kind, what) = (line[..space], line[(space + 1)..]);
        if (kind != "ok")
        {
            Report(input, kind, what);
            return false;
        }

        return _signatures.Add(what);
    }

    private void Report(byte[] input, string kind, string what)
    {
        // A memory blow-up is noticed by whichever ceiling it passes first, the worker's heap limit
        // (OutOfMemoryException) or the supervisor's working-set watch; the same input can hit either, so
        // memory findings are one description, not two.
        if (!_reported.Add(kind == "memory" ? kind : $"{kind} {what}"))
        {
            return;
        }

        var folder = Path.Combine(options.Output, target.Name);
        Directory.CreateDirectory(folder);
        var name = $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}";
        var file = Path.Combine(folder, name + target.Extension);
        File.WriteAllBytes(file, input);
        File.WriteAllText(Path.Combine(folder, name + ".finding"), $"{target.Name} {kind}: {what}\n");
        _findings.Add(new Finding(target.Name, kind, what, file));
        log.WriteLine($"  {target.Name}: {kind}: {what} -> {file}");
    }

    private Process StartWorker()
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            info.ArgumentList.Add(typeof(Campaign).Assembly.Location);
        }

        info.ArgumentList.Add("worker");
        // The heap's ceiling: past it an allocation throws OutOfMemoryException, which the worker reports.
        info.Environment["DOTNET_GCHeapHardLimit"] = options.MemoryBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        return Process.Start(info)!;
    }

    private void StopWorker()
    {
        if (_worker is null)
        {
            return;
        }

        if (!_worker.HasExited)
        {
            _worker.Kill(entireProcessTree: true);
            _worker.WaitForExit();
        }

        _worker.Dispose();
        _worker = null;
    }

    private static string Tail(string text) => text.Length <= 400 ? text.ReplaceLineEndings(" ") : text[^400..].ReplaceLineEndings(" ");
}
