using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store.Register;
using Npgsql;

namespace Mandaat.Store.Postgres;

/// <summary>
/// The shared-server store: PostgreSQL through Npgsql, for teams with many writers and readers. One
/// pooled data source per store object; every operation takes a connection for its own duration, so a
/// web server's concurrent requests and several ingest processes can share one database.
/// </summary>
public sealed partial class PostgresDocumentStore : IDocumentStore, ISearchService
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ITextAnalyzer _analyzer;
    private readonly QueryAliases _aliases;
    private readonly IRegisterProjection? _register;

    /// <param name="connectionString">An Npgsql connection string (<see cref="PostgresConnectionString.From"/> converts a postgres:// URI).</param>
    /// <param name="analyzer">Makes the index terms and the query terms (the same analysis as SQLite), and snippets and highlighting.</param>
    /// <param name="aliases">Names that meet in a search (the mission catalogue's); the designation variants alone when null.</param>
    /// <param name="register">Makes each saved document's register entry in its transaction; without it the register makes missing entries when it is read.</param>
    public PostgresDocumentStore(string connectionString, ITextAnalyzer? analyzer = null, QueryAliases? aliases = null, IRegisterProjection? register = null)
    {
        _register = register;
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The server's view (pg_stat_activity) should say who is connected; the timeout keeps "server down" from hanging.
        builder.ApplicationName ??= "mandaat";
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 10;
        }

        Location = $"PostgreSQL at {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _analyzer = analyzer ?? DutchTextAnalyzer.Default;
        _aliases = aliases ?? QueryAliases.Builtin(_analyzer);
    }

    /// <summary>Where the store is, without credentials, for messages.</summary>
    public string Location { get; }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"cannot connect to {Location}: {Reason(ex)}; check that the server runs and that --db or MANDAAT_DB names it", ex);
        }
    }

    /// <summary>The useful part of an Npgsql failure: the server's message, else the socket's.</summary>
    private static string Reason(Exception ex) => ex switch
    {
        PostgresException pg => pg.MessageText,
        { InnerException: { } inner } when inner is not PostgresException => inner.Message,
        _ => ex.Message,
    };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
