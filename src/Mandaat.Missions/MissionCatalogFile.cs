using System.Text.Json;

namespace Mandaat.Missions;

/// <summary>
/// One catalogue file as read: its missions and, in a user's file, the merges and renames to apply to the whole
/// catalogue (shipped plus user missions). The shape is that of missions.json plus two optional lists:
/// <c>"merges": [{"from": "a", "into": "b"}]</c> and <c>"renames": [{"id": "a", "name": "New name"}]</c>.
/// </summary>
public sealed record MissionCatalogFile(IReadOnlyList<Mission> Missions, IReadOnlyList<MissionMerge> Merges, IReadOnlyList<MissionRename> Renames)
{
    internal static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <exception cref="MissionCatalogException">The file is missing, unreadable or not of the catalogue's shape.</exception>
    public static MissionCatalogFile Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new MissionCatalogException($"the mission catalogue '{file}' does not exist");
        }

        try
        {
            using var stream = File.OpenRead(file);
            return Parse(stream, $"the mission catalogue '{file}'");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MissionCatalogException($"the mission catalogue '{file}' cannot be read: {ex.Message}", ex);
        }
    }

    /// <exception cref="MissionCatalogException">The text is not of the catalogue's shape; the message names <paramref name="source"/>.</exception>
    public static MissionCatalogFile Parse(Stream stream, string source)
    {
        CatalogJson? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogJson>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new MissionCatalogException($"{source} is not valid JSON: {ex.Message}", ex);
        }

        if (file is null || (file.Missions is null && file.Merges is null && file.Renames is null))
        {
            throw new MissionCatalogException($"{source} has no \"missions\" list, as missions.json has (nor \"merges\" or \"renames\")");
        }

        var missions = (file.Missions ?? []).Select((m, i) => ToMission(m, i, source)).ToList();
        if (missions.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new MissionCatalogException($"{source}: the id \"{twice.Key}\" is given to {twice.Count()} missions");
        }

        var merges = (file.Merges ?? []).Select((m, i) => m is { From.Length: > 0, Into.Length: > 0 }
                ? new MissionMerge(m.From, m.Into)
                : throw new MissionCatalogException($"{source}: merge {i + 1} has no \"from\" or no \"into\"")).ToList();
        var renames = (file.Renames ?? []).Select((r, i) => r is { Id.Length: > 0, Name.Length: > 0 }
                ? new MissionRename(r.Id, r.Name)
                : throw new MissionCatalogException($"{source}: rename {i + 1} has no \"id\" or no \"name\"")).ToList();
        return new MissionCatalogFile(missions, merges, renames);
    }

    /// <summary>The catalogue after this file's merges, then its renames, each naming missions that exist by then.</summary>
    /// <exception cref="MissionCatalogException">A merge or rename names no mission, or merges one into itself.</exception>
    public IReadOnlyList<Mission> ApplyEdits(IReadOnlyList<Mission> catalogue, string source)
    {
        var missions = catalogue.ToList();
        foreach (var merge in Merges)
        {
            var from = Existing(missions, merge.From, source, "merge");
            var into = Existing(missions, merge.Into, source, "merge");
            if (from == into)
            {
                throw new MissionCatalogException($"{source}: merge of \"{merge.From}\" into \"{merge.Into}\" names one mission twice");
            }

            missions[missions.IndexOf(into)] = MissionMerge.Combine(from, into);
            missions.Remove(from);
        }

        foreach (var rename in Renames)
        {
            var mission = Existing(missions, rename.Id, source, "rename");
            // The old name stays an alias: letters written under it still find the mission.
            missions[missions.IndexOf(mission)] = mission with { Name = rename.Name, Aliases = [.. mission.Aliases.Append(mission.Name).Distinct(StringComparer.Ordinal)] };
        }

        return missions;
    }

    private static Mission Existing(List<Mission> missions, string id, string source, string what) =>
        missions.FirstOrDefault(m => m.Id == id)
        ?? missions.FirstOrDefault(m => m.FormerIds.Contains(id, StringComparer.Ordinal))
        ?? throw new MissionCatalogException($"{source}: {what} names the mission \"{id}\", which the catalogue does not hold");

    private static Mission ToMission(CatalogEntry? entry, int index, string source)
    {
        if (entry is not { Id.Length: > 0, Name.Length: > 0 })
        {
            throw new MissionCatalogException($"{source}: mission {index + 1} has no \"id\" or no \"name\"");
        }

        MissionPeriod period;
        try
        {
            period = MissionPeriod.Parse(entry.Start, entry.End);
        }
        catch (FormatException ex)
        {
            throw new MissionCatalogException($"{source}: mission \"{entry.Id}\": {ex.Message}", ex);
        }

        return new Mission(entry.Id, entry.Name, entry.Aliases ?? [], entry.Operations ?? [], entry.Dossiers ?? [], entry.Regions ?? [])
        {
            NameEn = entry.NameEn,
            Lead = entry.Lead,
            Period = period,
            Sources = entry.Sources ?? [],
            Provisional = entry.Provisional,
        };
    }

#pragma warning disable CA1812 // Created by the JSON deserializer.
    private sealed record CatalogJson(IReadOnlyList<CatalogEntry?>? Missions, IReadOnlyList<MergeEntry?>? Merges, IReadOnlyList<RenameEntry?>? Renames);

    private sealed record CatalogEntry(
        string? Id,
        string? Name,
        string? NameEn,
        string? Lead,
        string? Start,
        string? End,
        IReadOnlyList<string>? Aliases,
        IReadOnlyList<string>? Operations,
        IReadOnlyList<string>? Dossiers,
        IReadOnlyList<string>? Regions,
        IReadOnlyList<string>? Sources,
        bool Provisional);

    private sealed record MergeEntry(string? From, string? Into);

    private sealed record RenameEntry(string? Id, string? Name);
#pragma warning restore CA1812
}
