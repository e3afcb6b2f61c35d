using Mandaat.Pipeline;
using Mandaat.Store;

namespace Mandaat.Web.Hosting;

/// <summary>
/// The one store the server reads and writes: one the host opened already (<see cref="Over"/>, as
/// <c>serve</c> does, so the store is opened once), else the one MANDAAT_DB names (else ./mandaat.db,
/// backend as <see cref="StoreLocation"/> decides), opened and migrated on first use. Both stores open a
/// connection per call, so one instance serves concurrent requests.
/// </summary>
public sealed class WebStore : IAsyncDisposable
{
    private readonly Lazy<Task<IDocumentStore>> _store;
    private readonly bool _owned;

    public WebStore(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _store = new(() => OpenAsync(configuration["MANDAAT_DB"]));
        _owned = true;
    }

    private WebStore(IDocumentStore store)
    {
        _store = new(Task.FromResult(store));
        _owned = false;
    }

    /// <summary>Serves a store the host opened and migrated; the host disposes it after the server stops.</summary>
    public static WebStore Over(IDocumentStore store) => new(store ?? throw new ArgumentNullException(nameof(store)));

    public Task<IDocumentStore> GetAsync() => _store.Value;

    private static async Task<IDocumentStore> OpenAsync(string? location)
    {
        var store = StoreLocation.Create(string.IsNullOrWhiteSpace(location) ? StoreLocation.DefaultPath : location);
        return store.Succeeded
            ? await StoreLocation.MigratedAsync(store.Value, CancellationToken.None)
            : throw new StoreException($"MANDAAT_DB does not name a store: {store.Error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned && _store.IsValueCreated)
        {
            await (await _store.Value).DisposeAsync();
        }
    }
}
