using System.Text.Json.Nodes;

namespace Mandaat.Evaluation;

/// <summary>
/// How a predicted item matches a gold item, per type (FORMAT.md "key used for matching").
/// Types not listed here are matched on their quote.
/// </summary>
internal static class ItemMatchers
{
    public static Func<JsonObject, JsonObject, bool> For(string type) => type switch
    {
        "signatory" => (g, p) => Surname(JsonValues.Text(g, "name")) == Surname(JsonValues.Text(p, "name")),
        "section" => Fields("aspect"),
        "reference" => (g, p) => JsonValues.Text(g, "document_id") is { } id
            ? id == JsonValues.Text(p, "document_id")
            : Fields("dossier", "number")(g, p) && JsonValues.Text(p, "document_id") is null,
        "money" => Fields("amount"),
        "personnel" => Fields("count", "max_count"),
        "asset" => AssetMatches,
        "period" => Fields("start", "end", "months", "days"),
        "qa" => Fields("number"),
        _ => (g, p) => QuoteOverlap.Matches(g["quote"]?.GetValue<string>() ?? string.Empty, p["quote"]?.GetValue<string>() ?? string.Empty),
    };

    private static Func<JsonObject, JsonObject, bool> Fields(params string[] fields) =>
        (g, p) => fields.All(f => JsonValues.Same(g[f], p[f]));

    private static bool AssetMatches(JsonObject gold, JsonObject predicted)
    {
        if (!JsonValues.Same(gold["count"], predicted["count"]))
        {
            return false;
        }

        var accepted = Designations(gold);
        return Designations(predicted).Any(accepted.Contains);
    }

    private static HashSet<string> Designations(JsonObject item)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (JsonValues.Text(item, "asset") is { } asset)
        {
            names.Add(asset);
        }

        if (item["alt"] is JsonArray alt)
        {
            foreach (var a in alt)
            {
                if (JsonValues.Normalize(a) is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>The last word of a printed name, without initials: "J.A. Hennis-Plasschaert" → "hennis-plasschaert".</summary>
    private static string? Surname(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;
        var dot = last.LastIndexOf('.');
        return dot >= 0 && dot < last.Length - 1 ? last[(dot + 1)..] : last;
    }
}
