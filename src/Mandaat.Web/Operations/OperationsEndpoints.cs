using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace Mandaat.Web.Operations;

/// <summary>
/// What an operator's tooling asks of a running server (OPERATIONS.md): <c>/healthz</c> (the process
/// answers), <c>/readyz</c> (the store answers and is migrated; 503 with the reason when not) and
/// <c>/metrics</c> (Prometheus text format).
/// </summary>
public static class OperationsEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddSingleton<WebMetrics>();
        services.AddHealthChecks().AddCheck<StoreReadiness>("store", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(15));
        return services;
    }

    /// <summary>Counts and times every request by its route pattern (not its path, so ids do not make a series each) and status code.</summary>
    public static WebApplication UseRequestMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHttpMetrics(options => options.SetMetricFactory(app.Services.GetRequiredService<WebMetrics>().Factory));
        return app;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // No check runs for liveness: a process that can answer is alive; the store's trouble is readiness's.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        app.MapMetrics("/metrics", app.Services.GetRequiredService<WebMetrics>().Registry);
        return app;
    }

    /// <summary>Times an upload and counts it by its outcome.</summary>
    public static async Task<T> CountUploadAsync<T>(this WebMetrics metrics, Func<Task<T>> upload, Func<T, string> outcome)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(outcome);
        var started = Stopwatch.GetTimestamp();
        var result = await upload();
        metrics.CountUpload(outcome(result), Stopwatch.GetElapsedTime(started));
        return result;
    }

    // The status and, per check, why: a probe reads the code, a person reads the reason.
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
