namespace Mandaat.Missions;

/// <summary>A user's decision that mission <see cref="From"/> is the same deployment as <see cref="Into"/>.</summary>
public sealed record MissionMerge(string From, string Into)
{
    /// <summary><paramref name="into"/> with every name, operation, dossier, region and source of <paramref name="from"/>, and its id as a former id.</summary>
    public static Mission Combine(Mission from, Mission into) => into with
    {
        Aliases = Union(into.Aliases, [from.Name, .. from.NameEn is { } en ? [en] : Array.Empty<string>(), .. from.Aliases]),
        Operations = Union(into.Operations, from.Operations),
        Dossiers = Union(into.Dossiers, from.Dossiers),
        Regions = Union(into.Regions, from.Regions),
        Sources = Union(into.Sources, from.Sources),
        FormerIds = Union(into.FormerIds, [from.Id, .. from.FormerIds]),
        Provisional = into.Provisional && from.Provisional,
    };

    private static string[] Union(IEnumerable<string> first, IEnumerable<string> second) =>
        [.. first.Concat(second).Distinct(StringComparer.Ordinal)];
}
