using Mandaat.Missions;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Hosting;

/// <summary>
/// The mission catalogue's names as search aliases: each mission's aliases and operation names form one group, so
/// "MINUSMA" also finds "VN-missie in Mali" and "VN-missie Mali" finds MINUSMA (<see cref="QueryAliases"/>). Its
/// regions are not names of the mission ("Mali" must not find every MINUSMA letter), so they are left out.
/// </summary>
public static class MissionQueryAliases
{
    public static QueryAliases Of(MissionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new QueryAliases(catalog.Missions.Select(m => (IReadOnlyList<string>)[.. m.Aliases, .. m.Operations]), DutchTextAnalyzer.Default);
    }
}
