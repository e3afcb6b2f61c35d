using System.Text.Json;
using System.Text.Json.Nodes;
using Mandaat.Core;

namespace Mandaat.Evaluation;

/// <summary>Reads a .jsonl file of gold items; a malformed line is an error that names the line.</summary>
public static class GoldFile
{
    public static Outcome<IReadOnlyList<JsonObject>> Read(string path)
    {
        var items = new List<JsonObject>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonNode.Parse(line) is JsonObject item && item["type"] is not null)
                {
                    items.Add(item);
                    continue;
                }
            }
            catch (JsonException)
            {
            }

            return Outcome<IReadOnlyList<JsonObject>>.Fail($"{path}:{lineNumber}: not a JSON object with a \"type\"");
        }

        return Outcome<IReadOnlyList<JsonObject>>.Ok(items);
    }
}
