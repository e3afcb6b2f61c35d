using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>
/// .NET's comparisons as SQLite functions, registered on a connection before a listing runs: SQLite's lower(),
/// LIKE and NOCASE fold ASCII letters only, so a title filter would miss "Oekraïne" for "OEKRAÏNE" where the
/// in-memory listing finds it.
/// </summary>
internal static class SqliteListingFunctions
{
    public const string Contains = "mandaat_contains_ignoring_case";

    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction(
            Contains,
            (string? text, string? part) => text is not null && part is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase),
            isDeterministic: true);
    }
}
