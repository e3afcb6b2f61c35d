using System.Globalization;
using System.Text.Json;

namespace Mandaat.Bench;

/// <summary>The figures of an earlier <c>bench --json</c> run (by id), against which a larger run's pages are judged.</summary>
public sealed record ReferenceRun(string File, int Documents, IReadOnlyDictionary<string, double> Values)
{
    public static ReferenceRun Load(string file)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(file));
        var root = json.RootElement;
        var values = root.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("value").GetDouble(), StringComparer.Ordinal);
        return new ReferenceRun(file, root.GetProperty("documents").GetInt32(), values);
    }

    public double? Value(string id) => Values.TryGetValue(id, out var value) ? value : null;

    public string Describe(string measure) => $"{measure} at {Documents.ToString("N0", CultureInfo.InvariantCulture)} documents";
}
