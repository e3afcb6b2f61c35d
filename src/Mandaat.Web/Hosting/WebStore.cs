using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Sqlite;

namespace Mandaat.Web.Hosting;

/// <summary>
/// The one store the server reads and writes (MANDAAT_DB, else ./mandaat.db), opened and migrated on
/// first use. Both stores open a connection per call, so one instance serves concurrent requests.
/// </summary>
public sealed class WebStore(IConfiguration configuration) : IAsyncDisposable
{
    private readonly Lazy<Task<IDocumentStore>> _store = new(() => OpenAsync(configuration["MANDAAT_DB"]));

    public Task<IDocumentStore> GetAsync() => _store.Value;

    private static async Task<IDocumentStore> OpenAsync(string? location)
    {
        location = string.IsNullOrWhiteSpace(location) ? "mandaat.db" : location;
        IDocumentStore store = PostgresConnectionString.IsPostgres(location)
            ? new PostgresDocumentStore(PostgresConnectionString.From(location).Value)
            : new SqliteDocumentStore(location);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_store.IsValueCreated)
        {
            await (await _store.Value).DisposeAsync();
        }
    }
}
