namespace Mandaat.Fuzz;

/// <summary>
/// A campaign's limits: time per target, inputs per target (0: no limit), time per input (longer is a hang), memory
/// (more is a blow-up), where findings go, what guides it, and whether it stops at its first finding.
/// </summary>
public sealed record FuzzOptions(TimeSpan Budget, TimeSpan Timeout, long MemoryBytes, string Output, int Seed, int MaxInputBytes = 4 * 1024 * 1024)
{
    public Guide Guide { get; init; } = Guide.Coverage;

    public long MaxInputs { get; init; }

    public bool StopAtFirstFinding { get; init; }

    /// <summary>Where the instrumented copy of the tool is made (coverage guidance only).</summary>
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "mandaat-fuzz-instrumented");
}
