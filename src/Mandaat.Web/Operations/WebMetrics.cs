using Mandaat.Store;
using Prometheus;

namespace Mandaat.Web.Operations;

/// <summary>
/// The metrics of one web application, in a registry of its own (not prometheus-net's static default), so
/// two applications in one process (the tests) never count each other's requests: requests and latencies by
/// route (the middleware of <see cref="OperationsEndpoints"/>), uploads by outcome, the store's size and
/// document count (read at each scrape), and the process's memory and CPU.
/// </summary>
public sealed class WebMetrics
{
    private readonly Counter _uploads;
    private readonly Histogram _uploadSeconds;

    public WebMetrics(LazyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry);
        Factory = Metrics.WithCustomRegistry(Registry);
        _uploads = Factory.CreateCounter("mandaat_ingest_files_total", "Files uploaded for ingest, by outcome: ingested, unchanged, failed (could not be read or stored) or refused (too large, wrong type, no file).", ["outcome"]);
        _uploadSeconds = Factory.CreateHistogram("mandaat_ingest_duration_seconds", "Time to ingest one uploaded file, from the request's form to the stored document.", new HistogramConfiguration
        {
            Buckets = Histogram.ExponentialBuckets(0.01, 2, 14),
        });
        var documents = Factory.CreateGauge("mandaat_store_documents", "Documents in the store, read at each scrape.");
        var size = Factory.CreateGauge("mandaat_store_size_bytes", "The store's size on disk (SQLite file with its write-ahead log, or the PostgreSQL database), read at each scrape.");
        var schema = Factory.CreateGauge("mandaat_store_schema_version", "The store's schema version, read at each scrape.");
        var up = Factory.CreateGauge("mandaat_store_up", "1 when the store answered at the last scrape and is at the schema this program knows, else 0.");
        Registry.AddBeforeCollectCallback(async cancellationToken =>
        {
            try
            {
                var status = await (await store.GetAsync()).StatusAsync(cancellationToken);
                documents.Set(status.Documents);
                size.Set(status.SizeBytes);
                schema.Set(status.SchemaVersion);
                up.Set(status.Migrated ? 1 : 0);
            }
            catch (StoreException)
            {
                // The figures of the last good scrape stay; up says they are old.
                up.Set(0);
            }
        });
    }

    /// <summary>Where every metric of this application is kept; /metrics serves it.</summary>
    public CollectorRegistry Registry { get; }

    /// <summary>Creates metrics in <see cref="Registry"/> (the request middleware's).</summary>
    public IMetricFactory Factory { get; }

    /// <summary>Counts one upload by the status Upload reported (ingested, unchanged, failed) or "refused" when it never reached ingest.</summary>
    public void CountUpload(string outcome, TimeSpan elapsed)
    {
        _uploads.WithLabels(outcome).Inc();
        _uploadSeconds.Observe(elapsed.TotalSeconds);
    }
}
