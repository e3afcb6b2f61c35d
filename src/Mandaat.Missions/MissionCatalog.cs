using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mandaat.Core.Scanning;

namespace Mandaat.Missions;

/// <summary>
/// The mission catalogue: the missions shipped as data (missions.json) plus, when an override file of the
/// same shape is given, the user's own entries (an entry with a known id replaces it). Loaded once by the
/// composition root (<see cref="Load"/>) and handed to the tagger and the register.
/// All names are compiled into one pattern so a document is scanned once, however long the catalogue,
/// and the pattern is tried only where a name's first word stands (<see cref="AnchoredScan"/>).
/// </summary>
public sealed class MissionCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly AnchoredScan _names;
    private readonly Dictionary<string, Mission> _byGroup;

    public MissionCatalog(IEnumerable<Mission> missions)
    {
        Missions = missions.ToList();
        _byGroup = Missions.Select((m, i) => (Group: "m" + i, Mission: m)).ToDictionary(x => x.Group, x => x.Mission);
        var alternatives = _byGroup.Select(x => $"(?<{x.Key}>{string.Join('|', Names(x.Value).Select(AliasPattern))})");
        var pattern = new Regex(
            $@"\G(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            // Compiled: the pattern is data, so it cannot be source-generated, and every document is scanned
            // with it; interpreted, it is among the largest costs of extraction.
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
        // The regex engine's own search for the names' case-insensitive beginnings is slow on Unicode text
        // (its case table makes "k" match the Kelvin sign); every name begins with its first word, so only
        // the positions where one stands are tried.
        var firstWords = Missions.SelectMany(Names).Select(FirstWord).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _names = new AnchoredScan(pattern, firstWords);
    }

    public IReadOnlyList<Mission> Missions { get; }

    /// <summary>The catalogue of <see cref="Read"/>'s missions, their names compiled for scanning.</summary>
    /// <exception cref="MissionCatalogException">The override file cannot be used.</exception>
    public static MissionCatalog Load(string? overrideFile = null) => new(Read(overrideFile));

    /// <summary>
    /// The shipped missions plus, when <paramref name="overrideFile"/> is given, that file's: an entry with a
    /// shipped id replaces it, any other is added. A named file that is missing, unreadable or not of the shape
    /// of missions.json is an error naming the file, never silently the shipped catalogue alone.
    /// </summary>
    /// <exception cref="MissionCatalogException">The override file cannot be used.</exception>
    public static IReadOnlyList<Mission> Read(string? overrideFile = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mandaat.Missions.missions.json")
            ?? throw new InvalidOperationException("the built-in mission catalogue is missing from the assembly");
        var missions = Parse(stream, "the built-in mission catalogue").ToDictionary(m => m.Id, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(overrideFile))
        {
            foreach (var mission in ReadOverride(overrideFile))
            {
                missions[mission.Id] = mission;
            }
        }

        return [.. missions.Values];
    }

    public Mission? Find(string idOrName) =>
        Missions.FirstOrDefault(m => string.Equals(m.Id, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? Missions.FirstOrDefault(m => Names(m).Any(n => string.Equals(n, idOrName, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every mention of a mission in a text, in order: one linear scan.</summary>
    public IEnumerable<(Mission Mission, int Offset)> Mentions(string text)
    {
        foreach (Match match in _names.Matches(text))
        {
            foreach (var (group, mission) in _byGroup)
            {
                if (match.Groups[group].Success)
                {
                    yield return (mission, match.Index);
                    break;
                }
            }
        }
    }

    /// <summary>A name's leading letters and digits ("NAVO" of "NAVO-missie in Irak"), or its first character.</summary>
    private static string FirstWord(string name)
    {
        var length = name.TakeWhile(char.IsLetterOrDigit).Count();
        return name[..Math.Max(1, length)];
    }

    private static IEnumerable<string> Names(Mission mission) =>
        mission.Aliases.Concat(mission.Operations).Append(mission.Name).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length);

    // Short acronyms ("OIR", "NMI") only match in capitals; names match in any case.
    private static string AliasPattern(string alias)
    {
        var escaped = Regex.Escape(alias).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("-", @"[-\s]?", StringComparison.Ordinal);
        var acronym = alias.Length <= 6 && alias.Where(char.IsLetter).All(char.IsUpper);
        return acronym ? escaped : $"(?i:{escaped})";
    }

    private static List<Mission> ReadOverride(string file)
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

    private static List<Mission> Parse(Stream stream, string source)
    {
        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new MissionCatalogException($"{source} is not valid JSON: {ex.Message}", ex);
        }

        if (file?.Missions is not { } entries)
        {
            throw new MissionCatalogException($"{source} has no \"missions\" list, as missions.json has");
        }

        return entries.Select((m, i) => m is { Id.Length: > 0, Name.Length: > 0 }
                ? new Mission(m.Id, m.Name, m.Aliases ?? [], m.Operations ?? [], m.Dossiers ?? [], m.Regions ?? [])
                : throw new MissionCatalogException($"{source}: mission {i + 1} has no \"id\" or no \"name\""))
            .ToList();
    }

#pragma warning disable CA1812 // Created by the JSON deserializer.
    private sealed record CatalogFile(IReadOnlyList<CatalogEntry?>? Missions);

    private sealed record CatalogEntry(string? Id, string? Name, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? Operations, IReadOnlyList<string>? Dossiers, IReadOnlyList<string>? Regions);
#pragma warning restore CA1812
}
