using Mandaat.Store.Rows;

namespace Mandaat.Store.Postgres;

/// <summary>PostgreSQL's column types where they differ from SQLite's: date, timestamptz and integer[].</summary>
internal sealed class PostgresDialect : StoreDialect
{
    public static PostgresDialect Instance { get; } = new();

    /// <summary>The "C" collation compares bytes, whatever the database's locale.</summary>
    public override string OrdinalOrder => " COLLATE \"C\"";

    public override DateOnly? Day(object? value) => value switch
    {
        DateOnly day => day,
        DateTime time => DateOnly.FromDateTime(time),
        _ => null,
    };

    /// <summary>Npgsql reads timestamptz as a UTC DateTime.</summary>
    public override DateTimeOffset Instant(object value) => new(((DateTime)value).ToUniversalTime(), TimeSpan.Zero);

    public override object InstantParameter(DateTimeOffset value) => value.ToUniversalTime();

    public override IReadOnlyList<int> Numbers(object value) => (int[])value;

    public override object DayParameter(DateOnly value) => value;

    public override string InIdSet(string column, string parameter) => $"{column} = ANY({parameter})";

    public override object IdSetParameter(IEnumerable<string> ids) => ids.ToArray();

    public override string YearOf(string column) => $"EXTRACT(YEAR FROM {column})::bigint";

    /// <summary>upper() folds by the database's character type (C.UTF-8 or a language's: Unicode simple case mapping, as .NET's ordinal ignore-case).</summary>
    public override string ContainsIgnoringCase(string column, string parameter) => $"strpos(upper({column}), upper({parameter})) > 0";

    public override string EqualsIgnoringCase(string column, string parameter) => $"upper({column}) = upper({parameter})";
}
