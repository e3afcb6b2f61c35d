using Mandaat.Web.Api;
using Mandaat.Web.Feeds;
using Mandaat.Web.Hosting;
using Mandaat.Web.Operations;
using Mandaat.Web.Pages;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Mandaat.Web;

/// <summary>
/// The web application: REST API, OpenAPI description and the Dutch pages over one store. It knows no store
/// engine: its host (Mandaat.Hosting) registers the services it runs on (the LazyStore, the IngestService and
/// the WebOptions, bound and checked), then adds these services and maps these routes.
/// </summary>
public static class MandaatWeb
{
    public static IServiceCollection AddMandaatWeb(this IServiceCollection services)
    {
        services.AddMandaatProblems();
        // The pages are Razor components rendered on the server (RazorComponentResult); no interactivity, no scripts.
        services.AddRazorComponents();
        services.AddMandaatOpenApi();
        services.AddApiCors();
        // The OpenAPI schemas are written with the API's property names (snake_case, as the contract's shapes).
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        services.AddSingleton<WriteToken>();
        services.AddSingleton<Upload>();
        services.AddSearchRateLimit();
        services.AddOperations();
        // Kestrel refuses a body beyond an upload of the limit before reading it.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<WebOptions>>((kestrel, web) => kestrel.Limits.MaxRequestBodySize = web.Value.MaxRequestBytes);
        return services;
    }

    public static WebApplication MapMandaatWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The client's address before anything reads it; HEAD routed as GET before routing picks the endpoint.
        app.UseTrustedProxies();
        app.UseHeadAsGet();
        // Routing first (where the host would put it unasked), so the request metrics know each request's route.
        app.UseRouting();
        app.UseRequestMetrics();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseDutchErrorPages();
        app.UseCors();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapOperations();
        app.MapDocumentApi();
        app.MapSearchApi();
        app.MapRegisterApi();
        app.MapFeeds();
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
