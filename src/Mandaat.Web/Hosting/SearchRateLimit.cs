using System.Threading.RateLimiting;

namespace Mandaat.Web.Hosting;

/// <summary>Search is the expensive read: each client (by address) gets MANDAAT_SEARCH_PER_MINUTE searches a minute (default 120).</summary>
public static class SearchRateLimit
{
    public const string Policy = "search";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = int.TryParse(configuration["MANDAAT_SEARCH_PER_MINUTE"], out var limit) && limit > 0 ? limit : 120,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
}
