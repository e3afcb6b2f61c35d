using Mandaat.Evaluation;

namespace Mandaat.Cli.Output;

/// <summary>The eval JSON shape of CLI.md: micro scores and per-type scores with the gold count.</summary>
public static class EvaluationJson
{
    public static object Create(EvaluationResult result) => new
    {
        micro = new { precision = Round(result.Micro.Precision), recall = Round(result.Micro.Recall), f1 = Round(result.Micro.F1) },
        types = result.Types.Concat(result.Extra)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(t => t.Key, t => new { precision = Round(t.Value.Precision), recall = Round(t.Value.Recall), f1 = Round(t.Value.F1), gold = t.Value.Gold }),
    };

    private static double Round(double value) => Math.Round(value, 4);
}
