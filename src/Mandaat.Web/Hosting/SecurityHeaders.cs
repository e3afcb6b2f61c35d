namespace Mandaat.Web.Hosting;

/// <summary>
/// Headers on every answer: no scripts at all (the pages need none, so an injected one cannot run),
/// styles only from /site.css, and no content sniffing.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        await next();
    });
}
