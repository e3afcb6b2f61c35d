using Mandaat.Missions;

namespace Mandaat.Cli.Commands;

/// <summary>Finds a mission by id or name in the catalogue; an unknown one is a usage error (exit 2) that says where to look.</summary>
public static class MissionLookup
{
    public static Mission Find(MissionCatalog catalog, string idOrName) =>
        catalog.Find(idOrName.Trim())
        ?? throw new UsageException($"no mission '{idOrName}' in the catalogue; `mandaat missions` lists the missions in the store");
}
