using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Mandaat.Bench;

/// <summary>
/// The programs the bench starts as children: the real CLI (mandaat.dll, built beside the bench because the
/// bench references it) for every timed ingest and every served request, and the bench's own raw FTS5 insert.
/// Each timed run is a fresh process, so no cache of a previous run (the analyser's stems, the JIT's code,
/// SQLite's pages) is warm. The CLI runs with one of two runtime configurations written next to the corpus:
/// its own, with TieredPGO as shipped, and the same with TieredPGO switched the other way — a runtimeconfig
/// given to <c>dotnet exec</c> settles the setting for certain, where an environment variable would depend
/// on which of the two the runtime reads last.
/// </summary>
public sealed class Programs
{
    private readonly string _mandaat;
    private readonly string _shippedConfig;
    private readonly string _flippedConfig;

    private Programs(string mandaat, string shippedConfig, string flippedConfig, bool shippedPgo)
    {
        _mandaat = mandaat;
        _shippedConfig = shippedConfig;
        _flippedConfig = flippedConfig;
        ShippedPgo = shippedPgo;
    }

    /// <summary>Whether the CLI as built runs with TieredPGO (its csproj decides).</summary>
    public bool ShippedPgo { get; }

    public static Programs Prepare(string workFolder)
    {
        var mandaat = Path.Combine(AppContext.BaseDirectory, "mandaat.dll");
        var config = Path.ChangeExtension(mandaat, ".runtimeconfig.json");
        if (!File.Exists(mandaat) || !File.Exists(config))
        {
            throw new InvalidOperationException($"the CLI is not built beside the bench ({mandaat})");
        }

        var json = JsonNode.Parse(File.ReadAllText(config))!.AsObject();
        var options = json["runtimeOptions"]!.AsObject();
        var properties = options["configProperties"] as JsonObject ?? [];
        options["configProperties"] = properties;
        var shipped = properties["System.Runtime.TieredPGO"]?.GetValue<bool>() ?? true;
        var shippedConfig = Path.Combine(workFolder, "mandaat.shipped.runtimeconfig.json");
        File.WriteAllText(shippedConfig, json.ToJsonString());
        properties["System.Runtime.TieredPGO"] = !shipped;
        var flippedConfig = Path.Combine(workFolder, "mandaat.flipped.runtimeconfig.json");
        File.WriteAllText(flippedConfig, json.ToJsonString());
        return new Programs(mandaat, shippedConfig, flippedConfig, shipped);
    }

    /// <summary>The CLI with these arguments; <paramref name="pgo"/> null runs it as shipped.</summary>
    public ProcessStartInfo Mandaat(bool? pgo, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var config = pgo is null || pgo == ShippedPgo ? _shippedConfig : _flippedConfig;
        var start = new ProcessStartInfo(DotnetHost) { ArgumentList = { "exec", "--runtimeconfig", config, _mandaat } };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>The raw FTS5 insert of <paramref name="folder"/> into <paramref name="database"/>, in a process of its own like Mandaat's.</summary>
    public static ProcessStartInfo RawInsert(string database, string folder) =>
        new(DotnetHost) { ArgumentList = { typeof(Programs).Assembly.Location, RawInsertCommand.Name, database, folder } };

    private static string DotnetHost =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
