using System.Data.Common;
using System.Globalization;
using Mandaat.Core;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;

namespace Mandaat.Store.Search;

/// <summary>
/// What the SQLite and PostgreSQL engines share: the connection one search runs on, and the stored text hits
/// are cut from. The tables documents, paragraphs and questions have the same columns on both backends, so
/// plain ADO.NET reads them for both; each document's text is read once per search. Each engine supplies its
/// own index's three queries.
/// </summary>
public abstract class SqlSearchEngine : ISearchEngine
{
    /// <summary>
    /// The SQL both engines use with a unit filter, valid on SQLite and PostgreSQL alike: over a CTE
    /// <c>matches</c> (document_id, unit_number, span_start, bm25), the CTE <c>ranked</c> numbers each
    /// document's passages (each question's, for the question unit) best first — the highest BM25, the
    /// earliest on a tie — and counts them. Kept once so the two backends cannot pick differently.
    /// </summary>
    protected const string RankedUnitsSql = """
        ranked AS (
            SELECT m.*,
                   ROW_NUMBER() OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END ORDER BY m.bm25 DESC, m.span_start) AS rn,
                   COUNT(*) OVER (PARTITION BY m.document_id, CASE WHEN @perQuestion THEN m.unit_number END) AS passages
            FROM matches m
        )
        """;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <param name="connection">An open connection, which the engine closes when it is disposed.</param>
    protected SqlSearchEngine(DbConnection connection)
    {
        Connection = connection;
    }

    protected DbConnection Connection { get; }

    public abstract Task<Outcome<IReadOnlyList<UnitMatch>>> DocumentsAsync(QueryNode root, QueryFilters filters, SearchSort sort, int limit, CancellationToken cancellationToken);

    public abstract Task<Outcome<int>> CountAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<UnitMatch>> PassagesAsync(QueryNode root, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken);

    public abstract Task<Outcome<IReadOnlyList<UnitMatch>>> UnitsAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken);

    public async Task<string> DocumentTextAsync(string documentId, CancellationToken cancellationToken)
    {
        if (!_texts.TryGetValue(documentId, out var text))
        {
            await using var command = Command("SELECT text FROM documents WHERE id = @id;", documentId);
            text = await command.ExecuteScalarAsync(cancellationToken) as string ?? string.Empty;
            _texts[documentId] = text;
        }

        return text;
    }

    public async Task<IReadOnlyList<ParagraphSpan>> ParagraphsAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT idx, span_start, span_end FROM paragraphs WHERE document_id = @id ORDER BY idx;", documentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var paragraphs = new List<ParagraphSpan>();
        while (await reader.ReadAsync(cancellationToken))
        {
            paragraphs.Add(new ParagraphSpan(Int(reader.GetValue(0)), Int(reader.GetValue(1)), Int(reader.GetValue(2))));
        }

        return paragraphs;
    }

    public async Task<string> QuestionTextAsync(string documentId, int number, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT question, answer FROM questions WHERE document_id = @id AND number = @number ORDER BY ordinal LIMIT 1;", documentId);
        command.AddParameter("@number", number);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SearchUnits.QuestionText(reader.GetString(0), reader.GetString(1)) : string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private DbCommand Command(string sql, string documentId)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("@id", documentId);
        return command;
    }

    /// <summary>SQLite answers integers as long, PostgreSQL as int.</summary>
    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
