namespace Mandaat.Web.Pages;

/// <summary>"/api": the routes with their summaries, read from the endpoints themselves, and a link to the OpenAPI JSON.</summary>
public static class ApiReferenceEndpoint
{
    public static IResult Render(EndpointDataSource endpoints)
    {
        var routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiRoute(
                method,
                e.RoutePattern.RawText!,
                ApiRouteDescriptions.For(method, e.RoutePattern.RawText!))))
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Methods, StringComparer.Ordinal)
            .ToList();
        return PageResult.Render<ApiReferencePage>(new { Routes = routes });
    }
}
