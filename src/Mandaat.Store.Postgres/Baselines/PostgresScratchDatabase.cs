using Npgsql;

namespace Mandaat.Store.Postgres.Baselines;

/// <summary>
/// A database of its own on a server, for one measuring run (<c>mandaat eval-search --pg</c>): created with a
/// random name, so a run never touches a store in use, and dropped on dispose.
/// </summary>
public sealed class PostgresScratchDatabase : IAsyncDisposable
{
    private readonly string _server;

    private PostgresScratchDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The server's connection string naming this database.</summary>
    public string ConnectionString { get; }

    /// <param name="server">A connection string or postgres:// address of a server where the user may create databases.</param>
    public static async Task<PostgresScratchDatabase> CreateAsync(string server, CancellationToken cancellationToken)
    {
        var connectionString = PostgresConnectionString.From(server);
        if (!connectionString.Succeeded)
        {
            throw new StoreException(connectionString.Error!);
        }

        var name = "mandaat_eval_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var connection = new NpgsqlConnection(connectionString.Value);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\";", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"cannot create a scratch database on {PostgresConnectionString.Redact(server)}: {ex.Message}", ex);
        }

        return new PostgresScratchDatabase(connectionString.Value, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);", connection);
        await command.ExecuteNonQueryAsync();
    }
}
