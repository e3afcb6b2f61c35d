using System.Globalization;
using System.Text.Json;
using Mandaat.Store.Rows;

namespace Mandaat.Store.Sqlite;

/// <summary>SQLite's column types where they differ from PostgreSQL's: dates, times and number lists are text.</summary>
internal sealed class SqliteDialect : StoreDialect
{
    public static SqliteDialect Instance { get; } = new();

    /// <summary>SQLite's default collation, BINARY, already compares text byte for byte.</summary>
    public override string OrdinalOrder => string.Empty;

    /// <summary>yyyy-MM-dd, as written.</summary>
    public override DateOnly? Day(object? value) =>
        value is string day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>The round-trip ("O") form it was written in.</summary>
    public override DateTimeOffset Instant(object value) =>
        DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public override object InstantParameter(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public override object DayParameter(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The ids as one JSON array, read by json_each: one parameter however many ids.</summary>
    public override string InIdSet(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override object IdSetParameter(IEnumerable<string> ids) => JsonSerializer.Serialize(ids);

    public override string YearOf(string column) => $"CAST(substr({column}, 1, 4) AS INTEGER)";

    /// <summary>SQLite's lower() and LIKE fold ASCII only, so the store registers .NET's own comparison as a function (<see cref="SqliteListingFunctions"/>).</summary>
    public override string ContainsIgnoringCase(string column, string parameter) => $"{SqliteListingFunctions.Contains}({column}, {parameter})";

    public override string EqualsIgnoringCase(string column, string parameter) => $"{column} = {parameter} COLLATE NOCASE";

    /// <summary>A JSON array.</summary>
    public override IReadOnlyList<int> Numbers(object value) => JsonSerializer.Deserialize<int[]>((string)value) ?? [];
}
