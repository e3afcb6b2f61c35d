namespace Mandaat.Bench;

/// <summary>
/// One measured figure with what it is compared to and the target: <see cref="Verdict"/> is PASS or
/// MISS when the run can judge it, and null when it cannot (no target, or a target that needs the figures of
/// a 2,000-document run given with <c>--against</c>). Definitions: docs/BENCHMARKS.md.
/// </summary>
public sealed record Figure(
    string Id,
    string Measure,
    string Unit,
    double Value,
    double? Baseline,
    string? BaselineMeasure,
    double? Ratio,
    string? Target,
    string? Verdict)
{
    public const string Pass = "PASS";
    public const string Miss = "MISS";

    public static Figure Plain(string id, string measure, string unit, double value) =>
        new(id, measure, unit, value, null, null, null, null, null);

    /// <summary>Value against a baseline, the ratio judged against <paramref name="most"/> (null: reported, not judged).</summary>
    public static Figure AtMost(string id, string measure, string unit, double value, double? baseline, string? baselineMeasure, double? most) =>
        Compared(id, measure, unit, value, baseline, baselineMeasure, most is null ? null : $"≤ {most}×", r => r <= most);

    public static Figure AtLeast(string id, string measure, string unit, double value, double baseline, string baselineMeasure, double least) =>
        Compared(id, measure, unit, value, baseline, baselineMeasure, $"≥ {least}×", r => r >= least);

    /// <summary>An absolute limit, such as memory: value ≤ <paramref name="most"/>.</summary>
    public static Figure Within(string id, string measure, string unit, double value, double most) =>
        new(id, measure, unit, value, null, null, null, $"≤ {most} {unit}", value <= most ? Pass : Miss);

    private static Figure Compared(string id, string measure, string unit, double value, double? baseline, string? baselineMeasure, string? target, Func<double, bool> met)
    {
        double? ratio = baseline is > 0 ? value / baseline.Value : null;
        return new(id, measure, unit, value, baseline, baselineMeasure, ratio, target, target is null || ratio is null ? null : met(ratio.Value) ? Pass : Miss);
    }
}
