using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Mandaat.Store.Sqlite;

/// <summary>
/// One SQL statement prepared on an open connection's own handle and run through SQLite's C API (SQLitePCLRaw,
/// which Microsoft.Data.Sqlite itself sits on). For the writer's inserts only: a <see cref="SqliteCommand"/>
/// allocates a data reader, a binder per parameter, boxed numbers and a UTF-8 copy of every string on every
/// run, all on the ingest's one writer thread; here a string goes to SQLite through a pooled UTF-8 buffer and
/// numbers are bound as numbers. Errors surface as <see cref="SqliteException"/>, as from a command.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Binds text, or NULL for null. SQLitePCLRaw binds with SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.</summary>
    public RawStatement Bind(int index, string? value)
    {
        Check(value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            // An empty span may pin as a null pointer, which SQLite binds as NULL: the empty string goes through SQLitePCLRaw's string overload.
            "" => raw.sqlite3_bind_text(_statement, index, string.Empty),
            _ => BindUtf8(index, value),
        });
        return this;
    }

    // The store is UTF-8, and SQLite turns UTF-16 text into it one character at a time when it is bound; .NET's
    // vectorised transcoding into a pooled buffer is quicker.
    private int BindUtf8(int index, string value)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            return raw.sqlite3_bind_text(_statement, index, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value) => value is { } number ? Bind(index, number) : Bind(index, (string?)null);

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
            {
                Check(result);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The first column of the first row as text, or null without a row (or a null value).</summary>
    public string? Text() => Row(() => raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_statement, 0).utf8_to_string());

    /// <summary>The first column of the first row as a number.</summary>
    public long Number() => Row(() => raw.sqlite3_column_int64(_statement, 0));

    private T? Row<T>(Func<T> read)
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_ROW)
            {
                return read();
            }

            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }

            return default;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }

    public void Dispose() => _statement.Dispose();
}
