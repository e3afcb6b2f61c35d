using System.Text.Json.Nodes;

namespace Mandaat.Evaluation;

/// <summary>
/// Scores predicted facts against gold annotations by the rules of FORMAT.md: per type a one-to-one
/// match of items on the type's key (quote overlap for commitment and legal_basis), document fields
/// as accuracy, and a micro average over all types. qa.refers_to is scored on the matched qa pairs
/// and, with each document field's own accuracy ("document.dossier"), reported beside the types, outside
/// the micro average.
/// </summary>
public static class GoldScorer
{
    private static readonly string[] DocumentFields = ["kind", "dossier", "number", "date", "session", "subject"];

    public static EvaluationResult Score(IEnumerable<ScoredDocument> documents)
    {
        var types = new Dictionary<string, TypeScore>(StringComparer.Ordinal);
        var refersTo = TypeScore.Zero;
        var misses = new List<DocumentMiss>();
        var fields = new Dictionary<string, TypeScore>(StringComparer.Ordinal);

        foreach (var document in documents)
        {
            foreach (var type in document.Gold.Concat(document.Predicted).Select(TypeOf).Distinct())
            {
                var gold = document.Gold.Where(i => TypeOf(i) == type).ToList();
                var predicted = document.Predicted.Where(i => TypeOf(i) == type).ToList();
                TypeScore score;
                if (type == "document")
                {
                    score = ScoreDocumentFields(document.Name, gold, predicted, misses, fields);
                }
                else
                {
                    var pairs = Match(type, gold, predicted, document.Name, misses);
                    score = new TypeScore(pairs.Count, predicted.Count - pairs.Count, gold.Count - pairs.Count, gold.Count);
                    if (type == "qa")
                    {
                        refersTo = refersTo.Add(ScoreRefersTo(pairs));
                    }
                }

                types[type] = types.GetValueOrDefault(type, TypeScore.Zero).Add(score);
            }
        }

        var micro = types.Values.Aggregate(TypeScore.Zero, (sum, s) => sum.Add(s));
        var extra = new Dictionary<string, TypeScore>(StringComparer.Ordinal);
        if (refersTo.Gold > 0 || refersTo.Predicted > 0)
        {
            extra["qa.refers_to"] = refersTo;
        }

        foreach (var (field, score) in fields)
        {
            extra["document." + field] = score;
        }

        return new EvaluationResult(micro, types, extra, misses);
    }

    private static string TypeOf(JsonObject item) => item["type"]?.GetValue<string>() ?? "?";

    private static List<(JsonObject Gold, JsonObject Predicted)> Match(
        string type, List<JsonObject> gold, List<JsonObject> predicted, string name, List<DocumentMiss> misses)
    {
        var matches = ItemMatchers.For(type);
        var used = new bool[predicted.Count];
        var pairs = new List<(JsonObject, JsonObject)>();
        foreach (var g in gold)
        {
            var found = -1;
            for (var i = 0; i < predicted.Count && found < 0; i++)
            {
                if (!used[i] && matches(g, predicted[i]))
                {
                    found = i;
                }
            }

            if (found >= 0)
            {
                used[found] = true;
                pairs.Add((g, predicted[found]));
            }
            else
            {
                misses.Add(new DocumentMiss(name, type, "missed", g.ToJsonString()));
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                misses.Add(new DocumentMiss(name, type, "spurious", predicted[i].ToJsonString()));
            }
        }

        return pairs;
    }

    /// <summary>The document fields as accuracy; each field's own score is added to <paramref name="fields"/>.</summary>
    private static TypeScore ScoreDocumentFields(
        string name, List<JsonObject> gold, List<JsonObject> predicted, List<DocumentMiss> misses, Dictionary<string, TypeScore> fields)
    {
        if (gold.Count == 0)
        {
            return TypeScore.Zero;
        }

        var expected = gold[0];
        var actual = predicted.FirstOrDefault() ?? [];
        int right = 0, wrong = 0;
        foreach (var field in DocumentFields)
        {
            var same = JsonValues.Same(expected[field], actual[field]);
            fields[field] = fields.GetValueOrDefault(field, TypeScore.Zero).Add(same ? new TypeScore(1, 0, 0, 1) : new TypeScore(0, 1, 1, 1));
            if (same)
            {
                right++;
            }
            else
            {
                wrong++;
                misses.Add(new DocumentMiss(name, "document", "wrong", $"{field}: expected {expected[field]?.ToJsonString() ?? "null"}, got {actual[field]?.ToJsonString() ?? "null"}"));
            }
        }

        // Each field is one item: a wrong field is both a false positive and a false negative.
        return new TypeScore(right, wrong, wrong, DocumentFields.Length);
    }

    private static TypeScore ScoreRefersTo(List<(JsonObject Gold, JsonObject Predicted)> pairs)
    {
        int right = 0, wrong = 0, gold = 0;
        foreach (var (g, p) in pairs)
        {
            var expected = Numbers(g["refers_to"]);
            var actual = Numbers(p["refers_to"]);
            if (expected.Count == 0 && actual.Count == 0)
            {
                continue;
            }

            gold += expected.Count > 0 ? 1 : 0;
            if (expected.SetEquals(actual))
            {
                right++;
            }
            else
            {
                wrong++;
            }
        }

        return new TypeScore(right, wrong, wrong, gold);
    }

    private static HashSet<int> Numbers(JsonNode? node) =>
        node is JsonArray array ? array.Where(n => n is not null).Select(n => n!.GetValue<int>()).ToHashSet() : [];
}
