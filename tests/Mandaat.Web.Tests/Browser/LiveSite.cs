using Mandaat.Hosting;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Mandaat.Web.Tests.Browser;

/// <summary>
/// The web app on real Kestrel (a free loopback port) over a store, and the system Chromium driven by Playwright:
/// browser downloads are not available, so the executable is the OS package's. <see cref="LiveServer"/> serves the
/// samples' store, <see cref="LargeLiveServer"/> the store of 2,000 papers.
/// </summary>
public abstract class LiveSite : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The SQLite file served.</summary>
    protected abstract string StorePath { get; }

    public string Url { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            [MandaatOptions.StoreSetting] = StorePath,
            [WebOptions.WriteTokenSetting] = SampleStore.Token,
        };
        _app = MandaatWebHost.Create(settings, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await MandaatWebHost.StartAsync(_app, CancellationToken.None);
        Url = _app.ListeningAddress()!;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// Playwright's wait for a page or element, raised from its default of 30 s: CI runs the test projects side
    /// by side on two cores, and a first page that builds the register while other suites ingest once took
    /// longer. These tests check what the page shows, not how fast (speed is the bench's).
    /// </summary>
    private const float WaitMilliseconds = 120_000;

    /// <summary>A fresh page that records whether the XSS payload ever ran or a dialog opened.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await Browser.NewPageAsync();
        page.SetDefaultTimeout(WaitMilliseconds);
        page.SetDefaultNavigationTimeout(WaitMilliseconds);
        page.Dialog += (_, dialog) => throw new InvalidOperationException("a dialog opened: " + dialog.Message);
        return page;
    }

    private static string ChromiumPath() =>
        new[] { Environment.GetEnvironmentVariable("MANDAAT_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
        ?? throw new InvalidOperationException("no Chromium found: ./test installs it (tests/setup/chromium.sh), or set MANDAAT_CHROMIUM");

    /// <summary>Removes the store once the site is stopped.</summary>
    protected abstract void DisposeStore();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        DisposeStore();
    }
}
