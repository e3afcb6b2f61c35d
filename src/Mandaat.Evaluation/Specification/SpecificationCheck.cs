using System.Text.Json.Nodes;

namespace Mandaat.Evaluation.Specification;

/// <summary>
/// Whether the facts found in a phrase are exactly a row's: every expected fact has its own found
/// fact that agrees on each field the row names (a quote by the contract's overlap rule), and
/// nothing else of the type was found. A row names only the fields that matter to it.
/// </summary>
public static class SpecificationCheck
{
    /// <returns>Null when the row's facts were found exactly; otherwise what differs.</returns>
    public static string? Mismatch(SpecificationRow row, IReadOnlyList<JsonObject> found)
    {
        var unused = found.ToList();
        var missed = new List<JsonObject>();
        foreach (var expected in row.Expected)
        {
            var match = unused.FindIndex(f => Agrees(expected, f));
            if (match < 0)
            {
                missed.Add(expected);
            }
            else
            {
                unused.RemoveAt(match);
            }
        }

        if (missed.Count == 0 && unused.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (missed.Count > 0)
        {
            parts.Add("missed " + string.Join(" ", missed.Select(m => m.ToJsonString())));
        }

        if (unused.Count > 0)
        {
            parts.Add("also found " + string.Join(" ", unused.Select(u => u.ToJsonString())));
        }

        return string.Join("; ", parts);
    }

    private static bool Agrees(JsonObject expected, JsonObject found) => expected.All(field => field.Key == "quote"
        ? found["quote"] is JsonValue quote && QuoteOverlap.Matches((string)field.Value!, (string)quote!)
        : JsonValues.Same(field.Value, found[field.Key]));
}
