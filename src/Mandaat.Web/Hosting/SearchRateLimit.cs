using System.Threading.RateLimiting;

namespace Mandaat.Web.Hosting;

/// <summary>Search is the expensive read: each client (by address) gets MANDAAT_SEARCH_PER_MINUTE searches a minute (default 120).</summary>
public static class SearchRateLimit
{
    public const string Policy = "search";

    /// <summary>
    /// The configuration key of the limit. A host that sends many searches on purpose (the bench) raises it
    /// here rather than removing the limiter, so what it measures is still the production request path.
    /// </summary>
    public const string PerMinuteSetting = "MANDAAT_SEARCH_PER_MINUTE";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = int.TryParse(configuration[PerMinuteSetting], out var limit) && limit > 0 ? limit : 120,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
}
