using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mandaat.Missions;

/// <summary>
/// Writes a user's merges and renames into their own catalogue file (the one MANDAAT_MISSIONS names), beside the
/// missions they added: the file, not the store, because the catalogue is read before any store is opened and
/// tags facts at ingest, and a file can be read, versioned and shared. Every edit is checked by reading the
/// whole catalogue back before the file is replaced, so a write never leaves a catalogue that cannot load.
/// </summary>
public static class MissionUserFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Records that <paramref name="from"/> is the same deployment as <paramref name="into"/> (ids or names).</summary>
    /// <returns>The two missions' ids as resolved.</returns>
    /// <exception cref="MissionCatalogException">A mission is unknown, both are one, or the file cannot be used.</exception>
    public static MissionMerge Merge(string file, string from, string into, IReadOnlyList<Mission>? provisional = null)
    {
        Adopt(file, provisional, from, into);
        var catalog = MissionCatalog.Load(file);
        var merge = new MissionMerge(Resolve(catalog, from), Resolve(catalog, into));
        if (merge.From == merge.Into)
        {
            throw new MissionCatalogException($"'{from}' and '{into}' are one mission ({merge.From})");
        }

        Append(file, "merges", new JsonObject { ["from"] = merge.From, ["into"] = merge.Into });
        return merge;
    }

    /// <summary>Records a new name for a mission (id or name); its old name stays an alias.</summary>
    /// <exception cref="MissionCatalogException">The mission is unknown, the name empty, or the file cannot be used.</exception>
    public static MissionRename Rename(string file, string mission, string name, IReadOnlyList<Mission>? provisional = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new MissionCatalogException("a mission's new name cannot be empty");
        }

        Adopt(file, provisional, mission);
        var rename = new MissionRename(Resolve(MissionCatalog.Load(file), mission), name.Trim());
        Append(file, "renames", new JsonObject { ["id"] = rename.Id, ["name"] = rename.Name });
        return rename;
    }

    // A provisional mission (named by a decision letter in the store, unknown to the catalogue) that an edit names
    // is first written into the file as a mission of the user's own, so the merge or rename has one to apply to.
    private static void Adopt(string file, IReadOnlyList<Mission>? provisional, params string[] names)
    {
        if (provisional is not { Count: > 0 })
        {
            return;
        }

        var catalog = MissionCatalog.Load(file);
        var candidates = new MissionCatalog(provisional);
        foreach (var name in names.Where(n => catalog.Find(n.Trim()) is null))
        {
            if (candidates.Find(name.Trim()) is { } mission)
            {
                var entry = new JsonObject
                {
                    ["id"] = mission.Id,
                    ["name"] = mission.Name,
                    ["aliases"] = new JsonArray([.. mission.Aliases.Select(a => (JsonNode?)JsonValue.Create(a))]),
                    ["provisional"] = true,
                };
                if (mission.Lead is { } lead)
                {
                    entry["lead"] = lead;
                }

                if (mission.Period.Start is { } start)
                {
                    entry["start"] = start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                }

                Append(file, "missions", entry);
            }
        }
    }

    private static string Resolve(MissionCatalog catalog, string idOrName) =>
        catalog.Find(idOrName.Trim())?.Id ?? throw new MissionCatalogException($"no mission '{idOrName}' in the catalogue");

    private static void Append(string file, string list, JsonObject entry)
    {
        var root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
            ?? throw new MissionCatalogException($"the mission catalogue '{file}' is not a JSON object");
        if (root[list] is not JsonArray entries)
        {
            root[list] = entries = [];
        }

        entries.Add(entry);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, root.ToJsonString(Indented) + "\n");
        try
        {
            MissionCatalog.Read(temporary);
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
