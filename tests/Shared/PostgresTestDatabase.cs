using Npgsql;

namespace Mandaat.Testing;

/// <summary>
/// A throwaway database on the test server named by MANDAAT_TEST_PG (./test starts one; see
/// tests/setup/postgres.sh): created with a random name, dropped on dispose. Without MANDAAT_TEST_PG the
/// PostgreSQL tests fail with a message that says what to do, never pass silently.
/// </summary>
internal sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "MANDAAT_TEST_PG";

    private readonly string _server;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The server's address with the test database, as a user would pass it to --db.</summary>
    public string Uri
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"postgres://{b.Username}@{b.Host}:{b.Port}/{Name}";
        }
    }

    public static string Server =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"the PostgreSQL tests need a server: run ./test (it starts a throwaway one) or set {Variable} to a connection string such as \"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\"");

    public static PostgresTestDatabase Create()
    {
        var server = Server;
        var name = "mandaat_test_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\";", connection);
        command.ExecuteNonQuery();
        return new PostgresTestDatabase(server, name);
    }

    /// <summary>Runs SQL on the test database from a connection of its own (not the store's).</summary>
    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        // FORCE ends connections a test left open (a pool, a terminated ingest) so the drop never waits.
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);", connection);
        command.ExecuteNonQuery();
    }
}
