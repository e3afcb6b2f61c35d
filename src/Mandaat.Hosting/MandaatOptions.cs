using Microsoft.Extensions.Configuration;

namespace Mandaat.Hosting;

/// <summary>
/// The settings every interface shares, by the names people set in the environment (CLI.md); the web
/// application's own are <see cref="Web.Hosting.WebOptions"/>. Bound from configuration by
/// <see cref="MandaatServices"/> and checked by <see cref="SettingsValidator"/> before a command or the server runs.
/// </summary>
public sealed class MandaatOptions
{
    public const string StoreSetting = "MANDAAT_DB";

    public const string MissionsSetting = "MANDAAT_MISSIONS";

    public const string LogFormatSetting = "MANDAAT_LOG_FORMAT";

    /// <summary>The store: a SQLite file path or a PostgreSQL address (--db overrides it).</summary>
    [ConfigurationKeyName(StoreSetting)]
    public string Store { get; set; } = StoreLocation.DefaultPath;

    /// <summary>A file of the user's own missions beside the shipped catalogue, of the shape of missions.json (MissionCatalog.Load).</summary>
    [ConfigurationKeyName(MissionsSetting)]
    public string? MissionsFile { get; set; }

    /// <summary>How logs are written on stderr: <c>text</c> (default) or <c>json</c>, one JSON object a line for a log collector (<see cref="LogOutput"/>).</summary>
    [ConfigurationKeyName(LogFormatSetting)]
    public string LogFormat { get; set; } = LogOutput.Text;
}
