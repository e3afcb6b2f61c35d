namespace Mandaat.Fuzz;

/// <summary>A campaign's limits: time per target, time per input (longer is a hang), memory (more is a blow-up), and where findings go.</summary>
public sealed record FuzzOptions(TimeSpan Budget, TimeSpan Timeout, long MemoryBytes, string Output, int Seed, int MaxInputBytes = 4 * 1024 * 1024);
