namespace Mandaat.Store.Rows;

/// <summary>
/// What differs between the backends when <see cref="DocumentRows"/> reads their tables: how text is ordered
/// byte for byte, and the three columns each stores in its own type (SQLite as text, PostgreSQL as date,
/// timestamptz and integer[]). Everything else about a row — its columns, their order, its domain type — is
/// the same on both.
/// </summary>
public abstract class StoreDialect
{
    /// <summary>What follows a text column in ORDER BY so that it sorts by ordinal comparison, as ids are listed on every backend.</summary>
    public abstract string OrdinalOrder { get; }

    /// <summary>A document's date as read from the date column; null when there is none.</summary>
    public abstract DateOnly? Day(object? value);

    /// <summary>The ingest time as read from ingested_at.</summary>
    public abstract DateTimeOffset Instant(object value);

    /// <summary>The numbers of a question's refers_to column.</summary>
    public abstract IReadOnlyList<int> Numbers(object value);

    /// <summary>An instant as a parameter for a time column (the round-trip text on SQLite, a UTC timestamptz on PostgreSQL).</summary>
    public abstract object InstantParameter(DateTimeOffset value);
}
