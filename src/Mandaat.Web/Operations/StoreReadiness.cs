using Mandaat.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mandaat.Web.Operations;

/// <summary>
/// Ready when the store answers and stands at the schema this program knows: a load balancer sends no
/// requests to a server whose database is down or was left half-migrated.
/// </summary>
public sealed class StoreReadiness(LazyStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var status = await (await store.GetAsync()).StatusAsync(cancellationToken);
            return status.Migrated
                ? HealthCheckResult.Healthy($"{status.Documents} documents, schema version {status.SchemaVersion}")
                : HealthCheckResult.Unhealthy($"the store is at schema version {status.SchemaVersion}, this program at {status.KnownSchemaVersion}: restart Mandaat to migrate it, or upgrade Mandaat");
        }
        catch (StoreException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
