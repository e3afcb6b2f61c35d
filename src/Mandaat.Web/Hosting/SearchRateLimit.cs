using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mandaat.Web.Hosting;

/// <summary>Search is the expensive read: each client (by address) gets <see cref="WebOptions.SearchesPerMinute"/> searches a minute.</summary>
public static class SearchRateLimit
{
    public const string Policy = "search";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.SearchesPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
}
