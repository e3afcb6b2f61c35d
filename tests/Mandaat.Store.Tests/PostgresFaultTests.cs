using Mandaat.Store.Postgres;
using Mandaat.Testing;
using Npgsql;

namespace Mandaat.Store.Tests;

/// <summary>PostgreSQL-specific faults: a server that is not there, a connection lost during a save, a newer schema.</summary>
public sealed class PostgresFaultTests : IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    [Fact]
    public async Task A_server_that_is_not_running_gives_a_clear_error()
    {
        await using var store = new PostgresDocumentStore("Host=127.0.0.1;Port=1;Username=postgres;Database=nothing;Timeout=3");

        var error = await Assert.ThrowsAsync<StoreException>(() => store.MigrateAsync(default));

        Assert.Contains("cannot connect to PostgreSQL at 127.0.0.1:1/nothing", error.Message);
        Assert.Contains("check that the server runs", error.Message);
    }

    [Fact]
    public async Task A_database_at_a_newer_schema_version_is_refused_with_a_clear_message()
    {
        await using (var store = new PostgresDocumentStore(_database.ConnectionString))
        {
            await store.MigrateAsync(default);
        }

        await _database.ScalarAsync<object>("INSERT INTO schema_version (version) VALUES (999);");

        await using var again = new PostgresDocumentStore(_database.ConnectionString);
        var error = await Assert.ThrowsAsync<StoreException>(() => again.MigrateAsync(default));
        Assert.Contains("newer than this program knows", error.Message);
    }

    [Fact]
    public async Task A_connection_lost_during_a_save_rolls_the_document_back_and_a_second_save_completes_it()
    {
        await using var store = new PostgresDocumentStore(_database.ConnectionString);
        await store.MigrateAsync(default);

        // Hold a lock on facts from a second connection, so the save stops after writing the document row.
        await using var blocker = new NpgsqlConnection(_database.ConnectionString + ";Pooling=false");
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockFacts = new NpgsqlCommand("LOCK TABLE facts IN EXCLUSIVE MODE;", blocker, transaction))
        {
            await lockFacts.ExecuteNonQueryAsync();
        }

        var save = store.SaveAsync(TestDocuments.Letter(), default);
        var killed = await TerminateWaitingSaveAsync();
        await transaction.RollbackAsync();

        Assert.True(killed, "the save never waited on the lock");
        var error = await Assert.ThrowsAsync<StoreException>(() => save);
        Assert.Contains("connection to PostgreSQL", error.Message);
        Assert.Contains("kst-27925-999", error.Message);
        Assert.Contains("run the same ingest again", error.Message);
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), await store.CountAsync(default));
        Assert.Null(await store.FindByContentHashAsync("aaaa", default));

        Assert.Equal(SaveStatus.Inserted, (await store.SaveAsync(TestDocuments.Letter(), default)).Status);
        Assert.Equal(4, (await store.CountAsync(default)).Facts);
    }

    /// <summary>Waits for the store's backend to block on the lock, then ends it as a dropped network would.</summary>
    private async Task<bool> TerminateWaitingSaveAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var terminated = await _database.ScalarAsync<bool?>(
                $"""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = '{_database.Name}' AND application_name = 'mandaat' AND wait_event_type = 'Lock'
                LIMIT 1;
                """);
            if (terminated == true)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose() => _database.Dispose();
}
