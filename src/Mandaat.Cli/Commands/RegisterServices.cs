using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;

namespace Mandaat.Cli.Commands;

/// <summary>The register services the commands use, on the catalogue the extractor tags with.</summary>
public static class RegisterServices
{
    public static MissionRegister Missions => new(MissionCatalog.Default);

    public static CommitmentTracker Commitments => new(MissionCatalog.Default);

    /// <summary>A mission id or name the catalogue knows, else a usage error that says where to look.</summary>
    public static Mission FindMission(string idOrName) =>
        MissionCatalog.Default.Find(idOrName.Trim())
        ?? throw new UsageException($"no mission '{idOrName}' in the catalogue; `mandaat missions` lists the missions in the store");
}
