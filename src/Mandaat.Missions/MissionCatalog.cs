using System.Reflection;

namespace Mandaat.Missions;

/// <summary>
/// The mission catalogue: the missions shipped as data (missions.json) plus, when an override file of the
/// same shape is given, the user's own entries (an entry with a known id replaces it). Loaded once by the
/// composition root (<see cref="Load"/>) and handed to the tagger and the register.
/// All names are compiled into one pattern so a document is scanned once, however long the catalogue
/// (<see cref="NameScan"/>); the regions into another.
/// </summary>
public sealed class MissionCatalog
{
    private readonly NameScan _names;
    private readonly NameScan _regions;

    public MissionCatalog(IEnumerable<Mission> missions)
    {
        Missions = missions.ToList();
        _names = new NameScan(Missions.SelectMany(m => Names(m).Select(n => (n, m))));
        _regions = new NameScan(Missions.SelectMany(m => m.Regions.Select(r => (r, m))));
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
    public IEnumerable<(Mission Mission, int Offset)> Mentions(string text) => _names.Matches(text).Select(m => (m.Missions[0], m.Offset));

    /// <summary>
    /// Every mention of a mission in a text of the given date, in order. A name several missions share is the one
    /// mission whose period holds the date; else, of those whose region the text names, the one the date settles
    /// ("EUFOR" in an undated release on Bosnië-Herzegovina is Althea); else the nearest one around the date, else
    /// (undated) the first listing it; a shared name far from every period it could mean is no mention.
    /// </summary>
    public IEnumerable<(Mission Mission, int Offset)> Mentions(string text, DateOnly? date)
    {
        var matches = _names.Matches(text).ToList();
        // Regions are scanned only for a text that names a shared name: most name none.
        var placed = matches.Any(m => m.Missions.Length > 1) ? MissionsPlacedIn(text) : null;
        return matches.Select(m => (Mission: Resolve(m.Missions, date, placed), m.Offset))
            .Where(m => m.Mission is not null).Select(m => (m.Mission!, m.Offset));
    }

    /// <summary>
    /// The missions whose regions a text of the given date names, with how often: for a document that names no
    /// mission ("de situatie in Kosovo", "Tsjaad"). A region stands for the missions running around the date, the
    /// one whose period holds it and that began last (the most specific) first.
    /// </summary>
    /// <remarks>
    /// Undated, a region counts only when one mission alone lists it. So it does in a paper dated after that mission
    /// ended, when no mission runs there around its date: a paper looking back (a later Kamervraag on Srebrenica, a
    /// history of the Goma relief) names a past deployment by its place more often than by its name.
    /// </remarks>
    public IReadOnlyList<(Mission Mission, int Count)> RegionMentions(string text, DateOnly? date) =>
        _regions.Matches(text)
            .Select(m => m.Missions.Where(x => date is { } day ? x.Period.Around(day) : m.Missions.Length == 1)
                .OrderByDescending(x => date is { } day && x.Period.Contains(day))
                .ThenByDescending(x => x.Period.Start ?? DateOnly.MinValue)
                .FirstOrDefault() ?? LookedBackOn(m.Missions, date))
            .OfType<Mission>()
            .GroupBy(m => m)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2)
            .ToList();

    /// <summary>The one mission listing a region, when it had ended before the date (by the period's slack and more).</summary>
    private static Mission? LookedBackOn(Mission[] listing, DateOnly? date) =>
        listing is [var only] && date is { } day && only.Period.End is not null && !only.Period.Around(day) && day > only.Period.End ? only : null;

    /// <summary>The ids of the missions one of whose regions the text names, whatever the date.</summary>
    public IReadOnlySet<string> MissionsPlacedIn(string text) =>
        _regions.Matches(text).SelectMany(m => m.Missions).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

    private static Mission? Resolve(Mission[] missions, DateOnly? date, IReadOnlySet<string>? placed)
    {
        if (missions.Length == 1)
        {
            return missions[0];
        }

        // The date decides when it points at one mission alone; the place the text names decides between the rest.
        var running = date is { } today ? missions.Where(m => m.Period.Contains(today)).ToArray() : [];
        if (running.Length == 1)
        {
            return running[0];
        }

        var candidates = running.Length > 1 ? running : missions;
        var there = candidates.Where(m => placed?.Contains(m.Id) == true).ToArray();
        if (there.Length > 0)
        {
            candidates = there;
        }

        if (date is not { } day)
        {
            return candidates[0];
        }

        return candidates.FirstOrDefault(m => m.Period.Contains(day))
            ?? candidates.Where(m => m.Period.Around(day))
                .OrderBy(m => Math.Abs((m.Period.Start ?? day).DayNumber - day.DayNumber))
                .FirstOrDefault();
    }

    internal static IEnumerable<string> Names(Mission mission) =>
        mission.Aliases.Concat(mission.Operations).Append(mission.Name).Concat(mission.NameEn is { } en ? [en] : []).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length);
}
