using Mandaat.Store;
using Mandaat.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mandaat.Hosting;

/// <summary>
/// Hosts the web application (Mandaat.Web) on the services every interface shares: the settings of the
/// environment (and appsettings.json) with the given ones over them, and the store they name. <c>serve</c>,
/// the bench and the web tests all create and start it here.
/// </summary>
public static class MandaatWebHost
{
    /// <summary>The application, once its settings are checked: a wrong one throws an OptionsValidationException that names it.</summary>
    /// <param name="configure">Last words on the builder: an address to listen on, logging, a store the caller already holds.</param>
    public static WebApplication Create(IReadOnlyDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        MandaatServices.Validate(builder.Configuration);
        builder.Services.AddMandaat(builder.Configuration).AddMandaatWeb();
        configure?.Invoke(builder);
        return builder.Build().MapMandaatWeb();
    }

    /// <summary>Opens the store before listening, so a store that cannot be opened fails here with its own message rather than at the first request.</summary>
    public static async Task StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<LazyStore>().GetAsync();
        await app.StartAsync(cancellationToken);
    }
}
