using Microsoft.Extensions.Configuration;

namespace Mandaat.Web.Hosting;

/// <summary>
/// The web application's settings, by the names people set in the environment (CLI.md). The composition root
/// (Mandaat.Hosting) binds them from configuration and checks them before the server starts.
/// </summary>
public sealed class WebOptions
{
    public const string WriteTokenSetting = "MANDAAT_TOKEN";

    /// <summary>
    /// A host that sends many searches on purpose (the bench) raises the limit here rather than removing the
    /// limiter, so what it measures is still the production request path.
    /// </summary>
    public const string SearchesPerMinuteSetting = "MANDAAT_SEARCH_PER_MINUTE";

    public const string UploadMegabytesSetting = "MANDAAT_UPLOAD_MB";

    public const string TrustedProxiesSetting = "MANDAAT_TRUSTED_PROXIES";

    /// <summary>The bearer token writes need; without one, writes are refused.</summary>
    [ConfigurationKeyName(WriteTokenSetting)]
    public string? WriteToken { get; set; }

    /// <summary>Searches a minute for each client (by address): search is the expensive read.</summary>
    [ConfigurationKeyName(SearchesPerMinuteSetting)]
    public int SearchesPerMinute { get; set; } = 120;

    /// <summary>The largest upload, in MB (CLI.md: 50 by default).</summary>
    [ConfigurationKeyName(UploadMegabytesSetting)]
    public int UploadMegabytes { get; set; } = 50;

    /// <summary>Reverse proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated); none by default.</summary>
    [ConfigurationKeyName(TrustedProxiesSetting)]
    public string? TrustedProxies { get; set; }

    public long MaxUploadBytes => UploadMegabytes * 1024L * 1024;

    /// <summary>Room for the multipart framing and the form's token field around a file of the limit.</summary>
    public long MaxRequestBytes => MaxUploadBytes + (64 * 1024);
}
