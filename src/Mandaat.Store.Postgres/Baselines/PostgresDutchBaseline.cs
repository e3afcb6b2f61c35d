using System.Globalization;
using Dapper;
using Mandaat.Search.Query;
using Mandaat.Store.Baselines;
using Npgsql;

namespace Mandaat.Store.Postgres.Baselines;

/// <summary>
/// PostgreSQL's own Dutch search as a team would set it up without Mandaat: each document's text as
/// <c>to_tsvector('dutch', …)</c> (Snowball stemming, the Dutch stop words dropped, no unaccent), a word as
/// <c>plainto_tsquery('dutch', …)</c>, a phrase as <c>phraseto_tsquery</c>, a prefix as its lexeme with :*, ranked
/// by <c>ts_rank</c>. Its table lives in the database it is given (a throwaway one) and is dropped on dispose.
/// </summary>
public sealed class PostgresDutchBaseline : IBaselineIndex
{
    private readonly NpgsqlConnection _connection;

    private PostgresDutchBaseline(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresDutchBaseline> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("""
            CREATE TABLE baseline_dutch (
                id text PRIMARY KEY, kind text NOT NULL, dossier text, date date, body text NOT NULL,
                terms tsvector GENERATED ALWAYS AS (to_tsvector('dutch', body)) STORED);
            CREATE INDEX baseline_dutch_terms ON baseline_dutch USING gin (terms);
            """);
        return new PostgresDutchBaseline(connection);
    }

    public async Task AddAsync(IReadOnlyList<BaselineDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        foreach (var document in documents)
        {
            await _connection.ExecuteAsync(
                "INSERT INTO baseline_dutch (id, kind, dossier, date, body) VALUES (@Id, @kind, @Dossier, @Date, @Text);",
                new { document.Id, kind = document.Kind.Slug, document.Dossier, Date = document.Date?.ToDateTime(TimeOnly.MinValue), document.Text },
                transaction);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new DynamicParameters();
        var words = new List<string>();
        if (Node(query.Root, words) is not { } tsquery)
        {
            return [];
        }

        for (var i = 0; i < words.Count; i++)
        {
            parameters.Add("w" + i.ToString(CultureInfo.InvariantCulture), words[i]);
        }

        var filters = query.Filters;
        parameters.Add("kind", filters.Kind?.Slug);
        parameters.Add("dossier", filters.Dossier);
        parameters.Add("from", filters.From?.ToDateTime(TimeOnly.MinValue));
        parameters.Add("to", filters.To?.ToDateTime(TimeOnly.MinValue));
        parameters.Add("limit", limit);
        var sql = $"""
            SELECT id FROM baseline_dutch, (SELECT {tsquery} AS q) AS query
            WHERE terms @@ q
              {(filters.Kind is null ? string.Empty : "AND kind = @kind")}
              {(filters.Dossier is null ? string.Empty : "AND dossier = @dossier")}
              {(filters.From is null ? string.Empty : "AND date >= @from")}
              {(filters.To is null ? string.Empty : "AND date <= @to")}
            ORDER BY ts_rank(terms, q) DESC, id LIMIT @limit;
            """;
        var ids = await _connection.QueryAsync<string>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.ExecuteAsync("DROP TABLE IF EXISTS baseline_dutch;");
        await _connection.DisposeAsync();
    }

    private static string? Node(QueryNode node, List<string> words) => node switch
    {
        // The prefix's first lexeme as the dutch configuration makes it, searched as a prefix; quoted by the server.
        WordQuery { Prefix: true } word => $"COALESCE((SELECT (quote_literal(lexemes[1]) || ':*')::tsquery FROM ts_debug('dutch', {Bind(word.Word, words)}) WHERE cardinality(lexemes) > 0 LIMIT 1), ''::tsquery)",
        WordQuery word => $"plainto_tsquery('dutch', {Bind(word.Word, words)})",
        PhraseQuery phrase => $"phraseto_tsquery('dutch', {Bind(phrase.Text, words)})",
        AllQuery all => All(all, words),
        AnyQuery any => EngineExpression.Join(any.Children.Select(c => Node(c, words)), " || "),
        NotQuery not => Node(not.Child, words),
        _ => null,
    };

    private static string? All(AllQuery all, List<string> words)
    {
        var include = EngineExpression.Join(all.Children.Where(c => c is not NotQuery).Select(c => Node(c, words)), " && ");
        var exclude = EngineExpression.Join(all.Children.OfType<NotQuery>().Select(c => Node(c.Child, words)), " || ");
        return include is null ? null : exclude is null ? include : $"({include} && !!{exclude})";
    }

    private static string Bind(string word, List<string> words)
    {
        words.Add(word);
        return "@w" + (words.Count - 1).ToString(CultureInfo.InvariantCulture);
    }
}
