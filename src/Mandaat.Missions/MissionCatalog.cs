using System.Reflection;
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
    private readonly AnchoredScan _names;

    // One group per distinct name; a name several missions share (Patriot) lists them all, told apart by date.
    private readonly Dictionary<string, Mission[]> _byGroup;

    public MissionCatalog(IEnumerable<Mission> missions)
    {
        Missions = missions.ToList();
        var names = Missions.SelectMany(m => Names(m).Select(n => (Name: n, Mission: m)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Key.Length)
            .Select((g, i) => (Group: "n" + i, Name: g.Key, Missions: g.Select(x => x.Mission).Distinct().ToArray()))
            .ToList();
        _byGroup = names.ToDictionary(x => x.Group, x => x.Missions, StringComparer.Ordinal);
        var alternatives = names.Select(x => $"(?<{x.Group}>{AliasPattern(x.Name)})");
        var pattern = new Regex(
            $@"\G(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            // Compiled: the pattern is data, so it cannot be source-generated, and every document is scanned
            // with it; interpreted, it is among the largest costs of extraction.
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
        // The regex engine's own search for the names' case-insensitive beginnings is slow on Unicode text
        // (its case table makes "k" match the Kelvin sign); every name begins with its first word, so only
        // the positions where one stands are tried.
        var firstWords = names.Select(x => FirstWord(x.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _names = new AnchoredScan(pattern, firstWords);
    }

    public IReadOnlyList<Mission> Missions { get; }

    /// <summary>The catalogue of <see cref="Read"/>'s missions, their names compiled for scanning.</summary>
    /// <exception cref="MissionCatalogException">The override file cannot be used.</exception>
    public static MissionCatalog Load(string? overrideFile = null) => new(Read(overrideFile));

    /// <summary>
    /// The shipped missions plus, when <paramref name="overrideFile"/> is given, that file's: an entry with a
    /// shipped id replaces it, any other is added, then its merges and renames are applied
    /// (<see cref="MissionCatalogFile"/>). A named file that is missing, unreadable or not of the shape of
    /// missions.json, or whose merges or renames name no mission, is an error naming the file, never silently the
    /// shipped catalogue alone.
    /// </summary>
    /// <exception cref="MissionCatalogException">The override file cannot be used.</exception>
    public static IReadOnlyList<Mission> Read(string? overrideFile = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mandaat.Missions.missions.json")
            ?? throw new InvalidOperationException("the built-in mission catalogue is missing from the assembly");
        var shipped = MissionCatalogFile.Parse(stream, "the built-in mission catalogue");
        if (string.IsNullOrWhiteSpace(overrideFile))
        {
            return shipped.Missions;
        }

        var user = MissionCatalogFile.Read(overrideFile);
        var missions = shipped.Missions.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var mission in user.Missions)
        {
            missions[mission.Id] = mission;
        }

        return user.ApplyEdits([.. missions.Values], $"the mission catalogue '{overrideFile}'");
    }

    /// <summary>The mission with this id (or an id merged into it), else the one with this name or alias.</summary>
    public Mission? Find(string idOrName) =>
        Missions.FirstOrDefault(m => string.Equals(m.Id, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? Missions.FirstOrDefault(m => m.FormerIds.Contains(idOrName, StringComparer.OrdinalIgnoreCase))
        ?? Missions.FirstOrDefault(m => Names(m).Any(n => string.Equals(n, idOrName, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every mention of a mission in a text, in order: one linear scan. A shared name counts for the first mission listing it.</summary>
    public IEnumerable<(Mission Mission, int Offset)> Mentions(string text) => Mentions(text, null);

    /// <summary>
    /// Every mention of a mission in a text of the given date, in order. A name several missions share is the
    /// mission whose period holds the date, else the nearest one around it, else (undated) the first listing it;
    /// a shared name far from every period it could mean is no mention.
    /// </summary>
    public IEnumerable<(Mission Mission, int Offset)> Mentions(string text, DateOnly? date)
    {
        foreach (Match match in _names.Matches(text))
        {
            foreach (var (group, missions) in _byGroup)
            {
                if (match.Groups[group].Success)
                {
                    if (Resolve(missions, date) is { } mission)
                    {
                        yield return (mission, match.Index);
                    }

                    break;
                }
            }
        }
    }

    private static Mission? Resolve(Mission[] missions, DateOnly? date)
    {
        if (missions.Length == 1 || date is not { } day)
        {
            return missions[0];
        }

        return missions.FirstOrDefault(m => m.Period.Contains(day))
            ?? missions.Where(m => m.Period.Around(day))
                .OrderBy(m => Math.Abs((m.Period.Start ?? day).DayNumber - day.DayNumber))
                .FirstOrDefault();
    }

    /// <summary>A name's leading letters and digits ("NAVO" of "NAVO-missie in Irak"), or its first character.</summary>
    private static string FirstWord(string name)
    {
        var length = name.TakeWhile(char.IsLetterOrDigit).Count();
        return name[..Math.Max(1, length)];
    }

    private static IEnumerable<string> Names(Mission mission) =>
        mission.Aliases.Concat(mission.Operations).Append(mission.Name).Concat(mission.NameEn is { } en ? [en] : []).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length);

    // Short acronyms ("OIR", "NMI") only match in capitals; names match in any case.
    private static string AliasPattern(string alias)
    {
        var escaped = Regex.Escape(alias).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("-", @"[-\s]?", StringComparison.Ordinal);
        var acronym = alias.Length <= 6 && alias.Where(char.IsLetter).All(char.IsUpper);
        return acronym ? escaped : $"(?i:{escaped})";
    }
}
