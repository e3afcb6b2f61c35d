using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Mandaat.Import;

/// <summary>
/// How the importer asks an official source for anything: a User-Agent that names Mandaat and how to reach its
/// operator, at most a few requests a second, each with a timeout, and on a 429, a 5xx, a timeout or a body cut
/// short a retry after the server's Retry-After or an exponential back-off (Polly). Answers come from the download
/// cache when they are there; with <c>--offline</c> only from there.
/// </summary>
public sealed class PoliteHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly ResiliencePipeline _pipeline;
    private readonly DownloadCache _cache;
    private readonly bool _offline;
    private readonly TimeSpan _interval;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public PoliteHttp(ImportRequest request, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        _cache = new DownloadCache(request.CacheFolder);
        _offline = request.Offline;
        _interval = TimeSpan.FromSeconds(1 / Math.Max(0.1, request.RequestsPerSecond));
        // The pipeline's timeout bounds each attempt; the client's own is off so it does not cut the retries short.
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        var version = typeof(PoliteHttp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Mandaat", version));
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue($"(+{(string.IsNullOrWhiteSpace(request.Contact) ? "https://github.com/mandaat; set MANDAAT_CONTACT" : request.Contact.Trim())})"));
        var pipeline = new ResiliencePipelineBuilder();
        if (request.Retries > 0)
        {
            // Polly refuses zero retries: with --retries 0 the pipeline is the timeout alone.
            pipeline.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = request.Retries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = request.BackOff,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<TransientException>().Handle<TimeoutRejectedException>().Handle<HttpRequestException>().Handle<IOException>(),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is TransientException { RetryAfter: { } after } ? after : (TimeSpan?)null),
            });
        }

        _pipeline = pipeline.AddTimeout(request.Timeout).Build();
    }

    /// <summary>Retries made so far (each a request the source failed): for the report and the tests.</summary>
    public int Retried { get; private set; }

    /// <summary>
    /// The bytes at <paramref name="address"/>, from the cache when there (<paramref name="fresh"/> asks again
    /// unless offline). A <paramref name="revision"/> keeps each published revision of a file apart in the cache.
    /// Throws <see cref="SourceException"/> with the reason when the source cannot give them.
    /// </summary>
    public async Task<byte[]> GetAsync(Uri address, bool fresh, CancellationToken cancellationToken, string? revision = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var key = revision is null ? address : new Uri(address.AbsoluteUri + "#revision=" + Uri.EscapeDataString(revision));
        if ((!fresh || _offline) && _cache.Read(key) is { } cached)
        {
            return cached;
        }

        if (_offline)
        {
            throw new SourceException($"{address} is not in the download cache {_cache.Folder} (--offline fetches nothing)");
        }

        var attempt = 0;
        try
        {
            var content = await _pipeline.ExecuteAsync(
                async token =>
                {
                    if (attempt++ > 0)
                    {
                        Retried++;
                    }

                    return await FetchAsync(address, token);
                },
                cancellationToken);
            _cache.Write(key, content);
            return content;
        }
        catch (Exception ex) when (ex is TransientException or TimeoutRejectedException or HttpRequestException or IOException)
        {
            var reason = ex is TimeoutRejectedException ? "no answer within the timeout" : ex.Message;
            throw new SourceException($"{address} failed after {attempt} attempts: {reason}", ex);
        }
    }

    private async Task<byte[]> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        await WaitTurnAsync(cancellationToken);
        using var response = await _client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        if (status == 429 || status >= 500)
        {
            var after = response.Headers.RetryAfter is { } retry
                ? retry.Delta ?? (retry.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            throw new TransientException($"HTTP {status} {response.ReasonPhrase}", after is { } a && a > TimeSpan.Zero ? a : null);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new SourceException($"{address} answered HTTP {status} {response.ReasonPhrase}");
        }

        // A body shorter than its Content-Length (a connection cut mid-way) throws HttpIOException here: retried.
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.Content.Headers.ContentLength is { } length && length != content.Length)
        {
            throw new TransientException($"the body was cut short ({content.Length} of {length} bytes)", null);
        }

        return content;
    }

    // Requests start at least one interval apart, whatever the caller does.
    private async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var wait = _last + _interval - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            _last = DateTimeOffset.UtcNow;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _gate.Dispose();
    }

    /// <summary>A failure worth another try, with the server's Retry-After when it gave one.</summary>
    private sealed class TransientException(string message, TimeSpan? retryAfter) : Exception(message)
    {
        public TimeSpan? RetryAfter { get; } = retryAfter;
    }
}
