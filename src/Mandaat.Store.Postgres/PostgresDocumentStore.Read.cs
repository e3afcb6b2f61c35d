using Dapper;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    private const string SummaryColumns = "id, path, kind, dossier, number, session, date, title";

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(DocumentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(cancellationToken);
        // COLLATE "C": ids order byte for byte, as in SQLite, whatever the database's locale.
        var rows = await Guard("list documents in", () => connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"""
            SELECT {SummaryColumns} FROM documents
            WHERE (@Kind::text IS NULL OR kind = @Kind) AND (@Dossier::text IS NULL OR dossier = @Dossier)
            ORDER BY date NULLS LAST, id COLLATE "C";
            """,
            filter,
            cancellationToken: cancellationToken)));
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<DocumentDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var record = await Guard("read a document from", () => ReadRecordAsync(connection, id, cancellationToken));
        if (record is null)
        {
            return null;
        }

        var summary = new DocumentSummary(record.Id, record.Path, record.Kind, record.Dossier, record.Number, record.Session, record.Date, record.Title);
        var facts = record.Facts.Select(f => FactJson.Deserialize(f.Body) ?? throw new StoreException("a stored fact could not be read; the database may be damaged")).ToList();
        return new DocumentDetail(summary, record.Format, record.Subject, record.Text, record.Paragraphs, record.Sections, record.Signatories, record.Questions, facts);
    }

    public async Task<IReadOnlyList<Fact>> GetFactsAsync(string? documentId, string? type, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var bodies = await Guard("read facts from", () => connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT body FROM facts
            WHERE (@documentId::text IS NULL OR document_id = @documentId) AND (@type::text IS NULL OR type = @type)
            ORDER BY document_id COLLATE "C", ordinal;
            """,
            new { documentId, type },
            cancellationToken: cancellationToken)));
        return bodies.Select(b => FactJson.Deserialize(b) ?? throw new StoreException("a stored fact could not be read; the database may be damaged")).ToList();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var deleted = await Guard("delete a document from", () => connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM documents WHERE id = @id;", new { id }, cancellationToken: cancellationToken)));
        return deleted > 0;
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var counts = await Guard("count the documents in", () => connection.QuerySingleAsync<CountsRow>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM documents) AS Documents, (SELECT COUNT(*) FROM sections) AS Sections,
                   (SELECT COUNT(*) FROM paragraphs) AS Paragraphs, (SELECT COUNT(*) FROM facts) AS Facts,
                   (SELECT COUNT(*) FROM questions) AS Questions;
            """,
            cancellationToken: cancellationToken)));
        return new StoreCounts((int)counts.Documents, (int)counts.Sections, (int)counts.Paragraphs, (int)counts.Facts, (int)counts.Questions);
    }

    /// <summary>All rows of one document, or null; one round trip per table.</summary>
    private static async Task<DocumentRecord?> ReadRecordAsync(NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(Command(
            "SELECT id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at FROM documents WHERE id = @id;"));
        if (row is null)
        {
            return null;
        }

        var sources = await connection.QueryAsync<(string Hash, string Path)>(Command(
            "SELECT content_hash, path FROM document_sources WHERE document_id = @id ORDER BY content_hash COLLATE \"C\";"));
        var signatories = await connection.QueryAsync<(string Name, string Office, int Start, int Length)>(Command(
            "SELECT name, office, span_start, span_length FROM signatories WHERE document_id = @id ORDER BY ordinal;"));
        var sections = await connection.QueryAsync<SectionRow>(Command(
            "SELECT idx, parent_idx, level, heading, aspect, heading_start, heading_length, body_start, body_length FROM sections WHERE document_id = @id ORDER BY idx;"));
        var paragraphs = await connection.QueryAsync<(int Index, int Start, int End, int? Page)>(Command(
            "SELECT idx, span_start, span_end, page FROM paragraphs WHERE document_id = @id ORDER BY idx;"));
        var questions = await connection.QueryAsync<QuestionRow>(Command(
            "SELECT number, question, answer, refers_to, question_start, question_length, answer_start, answer_length FROM questions WHERE document_id = @id ORDER BY ordinal;"));
        var facts = await connection.QueryAsync<(string Type, string Quote, int Start, int End, int? Page, string Body)>(Command(
            "SELECT type, quote, span_start, span_end, page, body FROM facts WHERE document_id = @id ORDER BY ordinal;"));

        return new DocumentRecord(
            row.id, row.content_hash, row.path, row.format, row.kind, row.dossier, row.number, row.session,
            row.date, row.subject, row.title, row.text, new DateTimeOffset(row.ingested_at.ToUniversalTime(), TimeSpan.Zero),
            sources.Select(s => new DocumentSource(s.Hash, s.Path)).ToList(),
            signatories.Select(s => new Signatory(s.Name, s.Office, new TextSpan(s.Start, s.Length))).ToList(),
            sections.Select(s => s.ToSection()).ToList(),
            paragraphs.Select(p => new StoredParagraph(p.Index, p.Start, p.End, p.Page)).ToList(),
            questions.Select(q => q.ToQuestion()).ToList(),
            facts.Select(f => new StoredFact(f.Type, f.Quote, f.Start, f.End, f.Page, f.Body)).ToList());

        CommandDefinition Command(string sql) => new(sql, new { id }, cancellationToken: cancellationToken);
    }

#pragma warning disable IDE1006, CA1812 // Row types mirror column names; Dapper creates them.
    private sealed record SummaryRow(string id, string path, string kind, string? dossier, string? number, string? session, DateOnly? date, string title)
    {
        public DocumentSummary ToSummary() => new(id, path, kind, dossier, number, session, date, title);
    }

    private sealed record DocumentRow(string id, string content_hash, string path, string format, string kind, string? dossier, string? number, string? session, DateOnly? date, string? subject, string title, string text, DateTime ingested_at);

    private sealed record SectionRow(int idx, int? parent_idx, int level, string heading, string? aspect, int heading_start, int heading_length, int body_start, int body_length)
    {
        public Section ToSection() => new(idx, parent_idx, level, heading, aspect, new TextSpan(heading_start, heading_length), new TextSpan(body_start, body_length));
    }

    // A class with setters, not a positional record: Npgsql reports integer[] as System.Array, which no constructor matches.
    private sealed class QuestionRow
    {
        public int number { get; set; }

        public string question { get; set; } = string.Empty;

        public string answer { get; set; } = string.Empty;

        public int[] refers_to { get; set; } = [];

        public int question_start { get; set; }

        public int question_length { get; set; }

        public int answer_start { get; set; }

        public int answer_length { get; set; }

        public QuestionAnswer ToQuestion() => new(number, question, answer, refers_to, new TextSpan(question_start, question_length), new TextSpan(answer_start, answer_length));
    }

    private sealed record CountsRow(long Documents, long Sections, long Paragraphs, long Facts, long Questions);
#pragma warning restore IDE1006, CA1812
}
