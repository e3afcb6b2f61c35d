using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Mandaat.Hosting;

/// <summary>
/// Checks every setting before anything runs, and says what is wrong by the name a person sets, so a
/// mistake is one clear line at start instead of a default taken silently or a failure half-way.
/// </summary>
public sealed class SettingsValidator : IValidateOptions<MandaatOptions>, IValidateOptions<WebOptions>, IValidateOptions<LimitOptions>
{
    // Ingest refuses larger files, so a larger upload could only fail after it was received.
    private const int MaxUploadMegabytes = (int)(FileContent.MaxBytes / (1024 * 1024));

    public ValidateOptionsResult Validate(string? name, MandaatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (StoreLocation.Parse(options.Store) is { Succeeded: false } store)
        {
            failures.Add(store.Error!);
        }

        if (!string.IsNullOrWhiteSpace(options.MissionsFile) && MissionsFileProblem(options.MissionsFile) is { } missions)
        {
            failures.Add(missions);
        }

        if (!LogOutput.Formats.Contains(options.LogFormat))
        {
            failures.Add($"{MandaatOptions.LogFormatSetting} is '{options.LogFormat}'; give {string.Join(" or ", LogOutput.Formats)} (default {LogOutput.Text})");
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.SearchesPerMinute < 1)
        {
            failures.Add($"{WebOptions.SearchesPerMinuteSetting} is {options.SearchesPerMinute}; give the searches a client may make a minute, 1 or more (default 120)");
        }

        if (options.UploadMegabytes is < 1 or > MaxUploadMegabytes)
        {
            failures.Add($"{WebOptions.UploadMegabytesSetting} is {options.UploadMegabytes}; give the largest upload in MB, from 1 to {MaxUploadMegabytes} (default 50)");
        }

        if (TrustedProxies.Parse(options.TrustedProxies).Error is { } entry)
        {
            failures.Add($"{WebOptions.TrustedProxiesSetting} names '{entry}'; give the reverse proxies' addresses or networks, comma-separated (10.0.0.5, 172.16.0.0/12)");
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, LimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result(options.Ranges
            .Where(r => r.Value < r.Least || r.Value > r.Most)
            .Select(r => $"{r.Setting} is {r.Value}; give a whole number from {r.Least} to {r.Most} (default {r.Default})")
            .ToList());
    }

    // The file is read as the catalogue will read it, but its names are not compiled: that is the catalogue's work, once.
    private static string? MissionsFileProblem(string file)
    {
        if (!File.Exists(file))
        {
            return $"{MandaatOptions.MissionsSetting} names no file: {file}; give the path of a missions file or leave it unset";
        }

        try
        {
            _ = MissionCatalog.Read(file);
            return null;
        }
        catch (MissionCatalogException ex)
        {
            return $"{MandaatOptions.MissionsSetting} names a file that is no mission catalogue: {ex.Message}; give a file of the shape of missions.json or leave it unset";
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
