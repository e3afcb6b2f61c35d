namespace Mandaat.Fuzz;

/// <summary>
/// The child process that runs inputs, so a hang or a memory blow-up costs a process the supervisor kills, not
/// the campaign. Reads "TARGET PATH" lines on stdin and answers one line each: "ok SIGNATURE" or "crash WHAT".
/// Its heap is capped (DOTNET_GCHeapHardLimit, set by the supervisor), so a blow-up is an OutOfMemoryException it reports.
/// Guided by coverage, it is the instrumented copy of the tool and writes its edges to the supervisor's map.
/// </summary>
public static class Worker
{
    /// <summary>The environment variable naming the supervisor's coverage map (<see cref="CoverageMap"/>).</summary>
    public const string MapVariable = "MANDAAT_FUZZ_MAP";

    public static unsafe int Run()
    {
        // Before any instrumented code runs: an instrumented branch writes through this pointer.
        using var map = Environment.GetEnvironmentVariable(MapVariable) is { Length: > 0 } path ? CoverageMap.Open(path) : null;
        if (map is not null)
        {
            SharpFuzz.Common.Trace.SharedMem = map.Bits;
        }

        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var target = FuzzTarget.Named(line[..space]);
            var input = File.ReadAllBytes(line[(space + 1)..]);
            // Each input's edges start from no previous branch, as under AFL.
            SharpFuzz.Common.Trace.PrevLocation = 0;
            Console.Out.WriteLine(Describe(target, input));
            Console.Out.Flush();
        }

        return 0;
    }

    /// <summary>What one input did: its signature, or the crash with the exception's type, message and innermost frame of ours.</summary>
    public static string Describe(FuzzTarget target, byte[] input)
    {
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            return "ok " + target.Run(input).ReplaceLineEndings(" ");
        }
        catch (OutOfMemoryException ex)
        {
            return "memory " + ex.GetType().Name;
        }
#pragma warning disable CA1031 // Every exception is a finding to report, not a reason to stop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var frame = ex.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("Mandaat.", StringComparison.Ordinal)) ?? "no frame of ours";
            return $"crash {ex.GetType().Name}: {Signatures.Template(ex.Message.ReplaceLineEndings(" "))} {frame}".ReplaceLineEndings(" ");
        }
    }
}
