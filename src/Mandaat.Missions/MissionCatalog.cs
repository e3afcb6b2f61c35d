using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mandaat.Core.Scanning;

namespace Mandaat.Missions;

/// <summary>
/// The mission catalogue: the defaults shipped as data (missions.json) plus, when MANDAAT_MISSIONS
/// names a file of the same shape, the user's own entries (an entry with a known id replaces it).
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
            // Compiled: the pattern is data, so it cannot be source-generated, and interpreted it was the
            // second-largest cost of extraction in the profile of issue 8.
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
        // The regex engine's own search for the names' case-insensitive beginnings took a third of extraction
        // in the profile of issue 8 (its case table makes "k" match the Kelvin sign, so it searched Unicode
        // text slowly); every name begins with its first word, so only those positions are tried.
        var firstWords = Missions.SelectMany(Names).Select(FirstWord).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _names = new AnchoredScan(pattern, firstWords);
    }

    public IReadOnlyList<Mission> Missions { get; }

    public static MissionCatalog Default { get; } = Load(Environment.GetEnvironmentVariable("MANDAAT_MISSIONS"));

    public static MissionCatalog Load(string? userFile)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mandaat.Missions.missions.json")
            ?? throw new InvalidOperationException("the built-in mission catalogue is missing from the assembly");
        var missions = Parse(stream).ToDictionary(m => m.Id, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(userFile) && File.Exists(userFile))
        {
            using var user = File.OpenRead(userFile);
            foreach (var mission in Parse(user))
            {
                missions[mission.Id] = mission;
            }
        }

        return new MissionCatalog(missions.Values);
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

    private static IEnumerable<Mission> Parse(Stream stream)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("a mission catalogue file is empty");
        return file.Missions.Select(m => new Mission(m.Id, m.Name, m.Aliases ?? [], m.Operations ?? [], m.Dossiers ?? [], m.Regions ?? []));
    }

#pragma warning disable CA1812 // Created by the JSON deserializer.
    private sealed record CatalogFile(IReadOnlyList<CatalogEntry> Missions);

    private sealed record CatalogEntry(string Id, string Name, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? Operations, IReadOnlyList<string>? Dossiers, IReadOnlyList<string>? Regions);
#pragma warning restore CA1812
}
