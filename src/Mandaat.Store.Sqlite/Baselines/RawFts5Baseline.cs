using System.Globalization;
using Dapper;
using Mandaat.Search.Query;
using Mandaat.Store.Baselines;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite.Baselines;

/// <summary>
/// Raw FTS5 as tools such as OpenTK index Dutch: every document's text in one FTS5 table with the default
/// tokenizer (unicode61: lower case, diacritics removed, no stemming, a hyphen splits), ranked by bm25(). The
/// query tree is written as FTS5 syntax with every word quoted: words ANDed, OR, NOT, phrases and prefixes as typed.
/// </summary>
public sealed class RawFts5Baseline : IBaselineIndex
{
    private readonly SqliteConnection _connection;

    private RawFts5Baseline(SqliteConnection connection) => _connection = connection;

    /// <summary>A new index in the file <paramref name="path"/> (which should not exist yet).</summary>
    public static async Task<RawFts5Baseline> CreateAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("""
            CREATE VIRTUAL TABLE raw USING fts5(body);
            CREATE TABLE raw_documents (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, dossier TEXT, date TEXT);
            """);
        return new RawFts5Baseline(connection);
    }

    public async Task AddAsync(IReadOnlyList<BaselineDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        var row = 0;
        foreach (var document in documents)
        {
            row++;
            await _connection.ExecuteAsync("INSERT INTO raw (rowid, body) VALUES (@row, @Text);", new { row, document.Text }, transaction);
            await _connection.ExecuteAsync(
                "INSERT INTO raw_documents (rowid, id, kind, dossier, date) VALUES (@row, @Id, @kind, @Dossier, @date);",
                new { row, document.Id, kind = document.Kind.Slug, document.Dossier, date = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                transaction);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Node(query.Root) is not { } match)
        {
            return [];
        }

        var filters = query.Filters;
        var sql = $"""
            SELECT d.id FROM raw JOIN raw_documents d ON d.rowid = raw.rowid
            WHERE raw MATCH @match
              {(filters.Kind is null ? string.Empty : "AND d.kind = @kind")}
              {(filters.Dossier is null ? string.Empty : "AND d.dossier = @Dossier")}
              {(filters.From is null ? string.Empty : "AND d.date >= @from")}
              {(filters.To is null ? string.Empty : "AND d.date <= @to")}
            ORDER BY bm25(raw), d.id LIMIT @limit;
            """;
        var ids = await _connection.QueryAsync<string>(new CommandDefinition(sql, new
        {
            match,
            kind = filters.Kind?.Slug,
            filters.Dossier,
            from = filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            limit,
        }, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static string? Node(QueryNode node) => node switch
    {
        WordQuery { Prefix: true } word => Quote(word.Word) + "*",
        WordQuery word => Quote(word.Word),
        PhraseQuery phrase => Quote(phrase.Text),
        AllQuery all => All(all),
        AnyQuery any => EngineExpression.Join(any.Children.Select(Node), " OR "),
        NotQuery not => Node(not.Child),
        _ => null,
    };

    private static string? All(AllQuery all)
    {
        var include = EngineExpression.Join(all.Children.Where(c => c is not NotQuery).Select(Node), " AND ");
        var exclude = EngineExpression.Join(all.Children.OfType<NotQuery>().Select(c => Node(c.Child)), " OR ");
        return include is null ? null : exclude is null ? include : $"({include} NOT {exclude})";
    }

    // A quoted string is one FTS5 phrase of the tokenizer's tokens; a word of punctuation only yields no token,
    // which FTS5 treats as an empty phrase.
    private static string? Quote(string text) =>
        text.Any(char.IsLetterOrDigit) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : null;
}
