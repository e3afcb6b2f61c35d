using System.CommandLine;
using Mandaat.Hosting;
using Mandaat.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Mandaat.Cli.Hosting;

/// <summary>
/// The services of this run, composed by Mandaat.Hosting once the command line is parsed (its --db over the
/// environment's settings, logs on stderr with --verbose or MANDAAT_LOG_FORMAT=json) and checked before the command runs; disposed,
/// with the store, after it.
/// </summary>
public sealed class CommandServices : IAsyncDisposable
{
    private ServiceProvider? _provider;

    /// <summary>Composes and checks the services; a wrong setting throws an OptionsValidationException that says what to fix.</summary>
    public void Compose(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var db = parse.GetValue(GlobalOptions.Db);
        var overrides = string.IsNullOrWhiteSpace(db) ? new Dictionary<string, string?>() : new() { [MandaatOptions.StoreSetting] = db };
        _provider = MandaatServices.Build(overrides, parse.GetValue(GlobalOptions.Verbose));
    }

    public T Get<T>()
        where T : notnull =>
        (_provider ?? throw new InvalidOperationException("the services are composed once the command line is parsed")).GetRequiredService<T>();

    /// <summary>
    /// The store of --db, else MANDAAT_DB, else ./mandaat.db (CLI.md), opened and migrated on first use. Only a
    /// command that writes (<paramref name="create"/>) may create a SQLite file: a read command run in the wrong
    /// folder would otherwise leave an empty ./mandaat.db there and answer "No documents." as if that were true.
    /// </summary>
    public Task<IDocumentStore> StoreAsync(bool create = false)
    {
        var location = Get<StoreLocation>();
        return create || location.Exists
            ? Get<LazyStore>().GetAsync()
            : throw new UsageException($"no store at {location.Description}: ingest documents into it first (mandaat ingest PATH), or name an existing store with --db or MANDAAT_DB");
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
