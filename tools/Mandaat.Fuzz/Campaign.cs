using System.Diagnostics;
using System.Security.Cryptography;

namespace Mandaat.Fuzz;

/// <summary>
/// Fuzzes one target for a time budget. Inputs run in a worker process; this supervisor gives each at most
/// <see cref="FuzzOptions.Timeout"/> of the worker's CPU time, and six times that on the wall clock (a hang: the
/// worker is killed and started again) and the worker at most
/// <see cref="FuzzOptions.MemoryBytes"/> (its heap is capped there, and its working set is watched for native
/// memory: a blow-up). The worker runs the instrumented copy of the tool (<see cref="Instrumenter"/>) and its
/// branches write to a bitmap this supervisor reads after each input (<see cref="CoverageMap"/>); the corpus grows
/// by each input that covers something new (<see cref="CoverageTracker"/>), or by the <see cref="FuzzOptions.Guide"/>
/// chosen instead. Every finding is saved once per distinct description.
/// </summary>
public sealed class Campaign(FuzzTarget target, FuzzOptions options, TextWriter log) : IDisposable
{
    private const int WallClockFactor = 6;

    private readonly CoverageTracker _coverage = new();
    private readonly Random _random = new(options.Seed);
    private readonly HashSet<string> _signatures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly List<Finding> _findings = [];
    private readonly string _work = Directory.CreateTempSubdirectory("mandaat-fuzz-").FullName;
    private Process? _worker;
    private CoverageMap? _map;
    private string? _instrumented;
    private long _firstFindingAt;
    private long _executions;

    public async Task<CampaignResult> RunAsync(IReadOnlyList<byte[]> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (options.Guide == Guide.Coverage)
        {
            _instrumented = Instrumenter.Prepare(options.Work, log);
            _map = CoverageMap.Create(Path.Combine(_work, "coverage.map"));
        }

        var corpus = new List<byte[]>();
        var mutator = new Mutator(_random);
        var clock = Stopwatch.StartNew();
        foreach (var seed in seeds)
        {
            if (await RunOneAsync(seed))
            {
                corpus.Add(seed);
            }
        }

        var seedEdges = _coverage.Edges;
        // Seeds that all behave alike still start the corpus.
        corpus.AddRange(corpus.Count == 0 ? seeds : []);
        while (clock.Elapsed < options.Budget && (options.MaxInputs == 0 || _executions < options.MaxInputs) && !(options.StopAtFirstFinding && _findings.Count > 0))
        {
            var parents = options.Guide == Guide.None ? seeds : corpus;
            var input = mutator.Mutate(parents[_random.Next(parents.Count)], target.Name, parents);
            if (input.Length > options.MaxInputBytes)
            {
                continue;
            }

            if (await RunOneAsync(input) && options.Guide != Guide.None)
            {
                corpus.Add(input);
            }
        }

        StopWorker();
        return new CampaignResult(target.Name, _executions, _signatures.Count, seedEdges, _coverage.Edges, corpus.Count, clock.Elapsed, _findings, _firstFindingAt);
    }

    public void Dispose()
    {
        StopWorker();
        _map?.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    /// <summary>
    /// The smallest input this can cut <paramref name="input"/> down to that still fails the same way (the same
    /// crash, or a hang, or a blow-up): ranges removed, halving their length down to single bytes, each removal
    /// kept when the failure stays. Null when the input does not fail.
    /// </summary>
    public async Task<byte[]?> MinimiseAsync(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var failure = await ExecuteAsync(input);
        if (failure.Kind == "ok")
        {
            return null;
        }

        var smallest = input;
        for (var length = smallest.Length / 2; length >= 1; length /= 2)
        {
            for (var at = 0; at + length <= smallest.Length;)
            {
                byte[] candidate = [.. smallest.AsSpan(0, at), .. smallest.AsSpan(at + length)];
                var verdict = await ExecuteAsync(candidate);
                // A crash must stay the same crash; a hang or a blow-up stays what it is whatever its message.
                if (verdict.Kind == failure.Kind && (verdict.Kind != "crash" || verdict.What == failure.What))
                {
                    smallest = candidate;
                }
                else
                {
                    at += length;
                }
            }
        }

        StopWorker();
        return smallest;
    }

    // True when the input covered something new (or, guided by outcomes, behaved in a new way).
    private async Task<bool> RunOneAsync(byte[] input)
    {
        var (kind, what) = await ExecuteAsync(input);
        if (kind == "hang")
        {
            // Confirmed in a fresh worker before it counts: on a machine loaded past its cores a process can be
            // starved of CPU for a minute (a 17 KB DOCX that reads in a second was reported so), a real hang repeats.
            (kind, what) = await ExecuteAsync(input);
        }

        if (kind != "ok")
        {
            Report(input, kind, what);
            return false;
        }

        var newOutcome = _signatures.Add(what);
        var newCoverage = _map is not null && _coverage.Add(_map.Hits);
        return options.Guide == Guide.Outcome ? newOutcome : newCoverage;
    }

    // What one input did in the worker: ("ok", its signature) or (crash|hang|memory, what happened).
    private async Task<(string Kind, string What)> ExecuteAsync(byte[] input)
    {
        _executions++;
        _map?.Clear();
        var path = Path.Combine(_work, "input" + target.Extension);
        await File.WriteAllBytesAsync(path, input);
        var worker = _worker ??= StartWorker();
        await worker.StandardInput.WriteLineAsync($"{target.Name} {path}");
        await worker.StandardInput.FlushAsync();

        var answer = worker.StandardOutput.ReadLineAsync();
        var clock = Stopwatch.StartNew();
        var cpuAtStart = CpuTime(worker);
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
                StopWorker();
                return ("memory", $"the worker's working set passed {options.MemoryBytes / (1024 * 1024)} MB");
            }

            // On a shared machine an input can wait long for a core: the time that counts is the worker's CPU
            // time, and a wait that never ends (no CPU) is a hang once the wall clock passes a multiple of it.
            var cpu = CpuTime(worker) - cpuAtStart;
            if (cpu > options.Timeout || clock.Elapsed > options.Timeout * WallClockFactor)
            {
                StopWorker();
                return ("hang", cpu > options.Timeout
                    ? $"more than {options.Timeout.TotalSeconds:0.#} s of CPU time"
                    : $"no answer within {(options.Timeout * WallClockFactor).TotalSeconds:0.#} s");
            }
        }

        var line = await answer;
        if (line is null)
        {
            var code = worker.WaitForExit(5000) ? worker.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            var died = $"the worker died (exit {code}): {Tail(await worker.StandardError.ReadToEndAsync())}";
            StopWorker();
            return ("crash", died);
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return (line[..space], line[(space + 1)..]);
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
        _firstFindingAt = _firstFindingAt == 0 ? _executions : _firstFindingAt;
        log.WriteLine($"  {target.Name}: {kind}: {what} -> {file}");
    }

    private Process StartWorker()
    {
        // Guided by coverage, the worker is the instrumented copy, run the way this process was (by dotnet, or as
        // its own apphost); otherwise this tool itself.
        var self = Environment.ProcessPath!;
        var byDotnet = Path.GetFileNameWithoutExtension(self) == "dotnet";
        var assembly = _instrumented ?? typeof(Campaign).Assembly.Location;
        var program = byDotnet ? self : Path.Combine(Path.GetDirectoryName(assembly)!, Path.GetFileName(self));
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (byDotnet)
        {
            info.ArgumentList.Add(assembly);
        }

        if (_map is not null)
        {
            info.Environment[Worker.MapVariable] = Path.Combine(_work, "coverage.map");
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

    // Zero once the process is gone: its death is then seen as a crash by the closed output.
    private static TimeSpan CpuTime(Process worker)
    {
        try
        {
            return worker.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    private static string Tail(string text) => text.Length <= 400 ? text.ReplaceLineEndings(" ") : text[^400..].ReplaceLineEndings(" ");
}
