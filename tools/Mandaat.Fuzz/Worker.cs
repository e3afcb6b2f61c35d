namespace Mandaat.Fuzz;

/// <summary>
/// The child process that runs inputs, so a hang or a memory blow-up costs a process the supervisor kills, not
/// the campaign. Reads "TARGET PATH" lines on stdin and answers one line each: "ok SIGNATURE" or "crash WHAT".
/// Its heap is capped (DOTNET_GCHeapHardLimit, set by the supervisor), so a blow-up is an OutOfMemoryException it reports.
/// </summary>
public static class Worker
{
    public static int Run()
    {
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var target = FuzzTarget.Named(line[..space]);
            Console.Out.WriteLine(Describe(target, File.ReadAllBytes(line[(space + 1)..])));
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
