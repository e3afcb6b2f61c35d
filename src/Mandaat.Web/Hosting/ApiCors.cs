namespace Mandaat.Web.Hosting;

/// <summary>
/// Cross-origin reads for other sites' scripts (a researcher's notebook, a newsroom's page): GET and HEAD from any
/// origin, without credentials, on the API and the feeds only. A write from another origin gets no CORS approval,
/// so a browser never sends one for a page that is not ours.
/// </summary>
public static class ApiCors
{
    public const string Policy = "public-read";

    public static IServiceCollection AddApiCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("If-None-Match", "If-Modified-Since")
            .WithExposedHeaders("ETag", "Last-Modified", "X-Total-Count", "Link", "Retry-After")));

    /// <summary>A route other origins may read (GET and HEAD through the policy).</summary>
    public static TBuilder ReadOnly<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireCors(Policy);
}
