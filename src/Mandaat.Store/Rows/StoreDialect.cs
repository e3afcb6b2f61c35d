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

    /// <summary>A day as a parameter for the date column (yyyy-MM-dd text on SQLite, a date on PostgreSQL).</summary>
    public abstract object DayParameter(DateOnly value);

    /// <summary>The condition that a column is one of a set of ids given as one parameter, however many ids (never an IN list of thousands).</summary>
    public abstract string InIdSet(string column, string parameter);

    /// <summary>A set of ids as the one parameter <see cref="InIdSet"/> reads.</summary>
    public abstract object IdSetParameter(IEnumerable<string> ids);

    /// <summary>The year of the date column as an integer, null for an undated row.</summary>
    public abstract string YearOf(string column);

    /// <summary>The condition that a text column holds a parameter's text, case ignored as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    public abstract string ContainsIgnoringCase(string column, string parameter);

    /// <summary>The condition that a text column equals a parameter, ASCII case ignored (dossier numbers: digits and a Roman numeral).</summary>
    public abstract string EqualsIgnoringCase(string column, string parameter);
}
