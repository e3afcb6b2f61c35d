using Mandaat.Web.Api;
using Mandaat.Web.Hosting;
using Mandaat.Web.Pages;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mandaat.Web;

/// <summary>
/// The web application: REST API, OpenAPI description and the Dutch pages over one store. Settings come
/// from configuration: MANDAAT_DB (the store), MANDAAT_TOKEN (writes), MANDAAT_SEARCH_PER_MINUTE.
/// </summary>
public static class MandaatWeb
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = UploadLimits.MaxRequestBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        // A host may register its own (WebStore.Over an opened store) in configure; otherwise MANDAAT_DB's.
        builder.Services.TryAddSingleton<WebStore>();
        builder.Services.AddSingleton<WriteToken>();
        builder.Services.AddSearchRateLimit(builder.Configuration);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapDocumentApi();
        app.MapSearchApi();
        app.MapRegisterApi();
        app.MapPages();
        return app;
    }

    /// <summary>The address a started app listens on (with the real port when it was asked for port 0), or null when the server reports none.</summary>
    public static string? ListeningAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
    }
}
