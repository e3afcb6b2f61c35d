namespace Mandaat.Web.Hosting;

/// <summary>
/// HEAD on every GET route (RFC 9110 9.3.2): the request is routed as the GET it mirrors and answered with the same
/// status and headers (ETag, Last-Modified, X-Total-Count) but no body. Done once here rather than by mapping every
/// route twice, which would also list each route twice in the OpenAPI document.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next();
            return;
        }

        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    });
}
