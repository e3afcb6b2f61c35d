namespace Mandaat.Store;

/// <summary>
/// The one store a process works on, opened (and migrated) on first use, so a command that needs no store
/// never creates one, and disposed with the services that hold it. The composition root says how to open it;
/// both engines open a connection per call, so one instance serves concurrent requests.
/// </summary>
public sealed class LazyStore(Func<Task<IDocumentStore>> open) : IAsyncDisposable
{
    private readonly Lazy<Task<IDocumentStore>> _store = new(open);

    /// <summary>The opened store; a store that could not be opened throws its StoreException here, each time.</summary>
    public Task<IDocumentStore> GetAsync() => _store.Value;

    public async ValueTask DisposeAsync()
    {
        if (_store.IsValueCreated && _store.Value.IsCompletedSuccessfully)
        {
            await _store.Value.Result.DisposeAsync();
        }
    }
}
