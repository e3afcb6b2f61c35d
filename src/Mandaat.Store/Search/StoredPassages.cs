using System.Data.Common;
using System.Globalization;
using Mandaat.Search.Query;

namespace Mandaat.Store.Search;

/// <summary>
/// Reads the text hits are cut from, on any backend: the tables documents, paragraphs and questions have
/// the same columns on SQLite and PostgreSQL, so plain ADO.NET serves both. Each document's text is read
/// once per search.
/// </summary>
internal sealed class StoredPassages(DbConnection connection, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public async Task<string> DocumentTextAsync(string documentId)
    {
        if (!_texts.TryGetValue(documentId, out var text))
        {
            await using var command = Command("SELECT text FROM documents WHERE id = @id;", documentId);
            text = await command.ExecuteScalarAsync(cancellationToken) as string ?? string.Empty;
            _texts[documentId] = text;
        }

        return text;
    }

    public async Task<IReadOnlyList<ParagraphSpan>> ParagraphsAsync(string documentId)
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

    /// <summary>The question with its answer, as it was indexed.</summary>
    public async Task<string> QuestionTextAsync(string documentId, int number)
    {
        await using var command = Command("SELECT question, answer FROM questions WHERE document_id = @id AND number = @number ORDER BY ordinal LIMIT 1;", documentId);
        command.AddParameter("@number", number);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SearchUnits.QuestionText(reader.GetString(0), reader.GetString(1)) : string.Empty;
    }

    private DbCommand Command(string sql, string documentId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("@id", documentId);
        return command;
    }

    /// <summary>SQLite answers integers as long, PostgreSQL as int.</summary>
    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
