using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mandaat.Web.Hosting;

/// <summary>
/// Search is the expensive read: each client (by address) gets <see cref="WebOptions.SearchesPerMinute"/> searches a
/// minute. Behind a trusted reverse proxy the address is the client's from X-Forwarded-For (<see cref="TrustedProxies"/>),
/// else the peer's. A refusal says when to try again (Retry-After); its body is written by the status-code pages.
/// </summary>
public static class SearchRateLimit
{
    public const string Policy = "search";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.SearchesPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
}
