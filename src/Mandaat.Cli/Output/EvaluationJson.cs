using Mandaat.Evaluation;

namespace Mandaat.Cli.Output;

/// <summary>
/// The eval JSON shape of CLI.md: micro scores and per-type scores with the gold count (the document's fields
/// among them as "document.kind" …), and the micro scores per source form when the set records them.
/// </summary>
public static class EvaluationJson
{
    /// <param name="forms">The scores per source form, when the set records its documents' forms; "forms" is then added.</param>
    public static object Create(EvaluationResult result, IReadOnlyDictionary<string, EvaluationResult>? forms = null) => forms is null
        ? new { micro = Micro(result), types = Types(result) }
        : new
        {
            micro = Micro(result),
            types = Types(result),
            forms = forms.ToDictionary(f => f.Key, f => new { micro = Micro(f.Value), gold = f.Value.Micro.Gold }),
        };

    private static object Micro(EvaluationResult result) =>
        new { precision = Round(result.Micro.Precision), recall = Round(result.Micro.Recall), f1 = Round(result.Micro.F1) };

    private static Dictionary<string, TypeJson> Types(EvaluationResult result) =>
        result.Types.Concat(result.Extra)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(t => t.Key, t => new TypeJson(Round(t.Value.Precision), Round(t.Value.Recall), Round(t.Value.F1), t.Value.Gold));

    private sealed record TypeJson(double Precision, double Recall, double F1, int Gold);

    private static double Round(double value) => Math.Round(value, 4);
}
