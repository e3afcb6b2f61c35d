using System.Globalization;
using Npgsql;

namespace Mandaat.Bench;

/// <summary>
/// A database of the bench's own on the PostgreSQL server named by <c>--pg</c>, created empty for the run and
/// dropped after it, so the bench never touches a store of the operator's.
/// </summary>
public sealed class PostgresScratch : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private PostgresScratch(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of the scratch database, as --db takes it.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresScratch> CreateAsync(string server, CancellationToken cancellationToken)
    {
        var name = "mandaat_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new PostgresScratch(server, name, builder.ConnectionString);
    }

    public async Task<double> MegabytesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return Convert.ToDouble(await size.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) / (1024.0 * 1024.0);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync(CancellationToken.None);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
