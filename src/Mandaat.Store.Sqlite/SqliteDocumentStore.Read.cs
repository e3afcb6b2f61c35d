using System.Globalization;
using System.Text.Json;
using Dapper;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    private const string SummaryColumns = "id, path, kind, dossier, number, session, date, title";

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(DocumentFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"""
            SELECT {SummaryColumns} FROM documents
            WHERE (@Kind IS NULL OR kind = @Kind) AND (@Dossier IS NULL OR dossier = @Dossier)
            ORDER BY date IS NULL, date, id;
            """,
            filter,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<DocumentDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DetailRow>(new CommandDefinition(
            $"SELECT {SummaryColumns}, format, subject, text FROM documents WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var paragraphs = await connection.QueryAsync<ParagraphRow>(
            "SELECT idx, span_start, span_end, page FROM paragraphs WHERE document_id = @id ORDER BY idx;", new { id });
        var sections = await connection.QueryAsync<SectionRow>(
            "SELECT idx, parent_idx, level, heading, aspect, heading_start, heading_length, body_start, body_length FROM sections WHERE document_id = @id ORDER BY idx;", new { id });
        var signatories = await connection.QueryAsync<SignatoryRow>(
            "SELECT name, office, span_start, span_length FROM signatories WHERE document_id = @id ORDER BY ordinal;", new { id });
        var questions = await connection.QueryAsync<QuestionRow>(
            "SELECT number, question, answer, refers_to, question_start, question_length, answer_start, answer_length FROM questions WHERE document_id = @id ORDER BY ordinal;", new { id });
        var facts = await GetFactsAsync(id, null, cancellationToken);

        return new DocumentDetail(
            row.ToSummary(),
            row.format,
            row.subject,
            row.text,
            paragraphs.Select(p => new StoredParagraph((int)p.idx, (int)p.span_start, (int)p.span_end, (int?)p.page)).ToList(),
            sections.Select(s => s.ToSection()).ToList(),
            signatories.Select(s => new Signatory(s.name, s.office, new TextSpan((int)s.span_start, (int)s.span_length))).ToList(),
            questions.Select(q => q.ToQuestion()).ToList(),
            facts);
    }

    public async Task<IReadOnlyList<Fact>> GetFactsAsync(string? documentId, string? type, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT body FROM facts
            WHERE (@documentId IS NULL OR document_id = @documentId) AND (@type IS NULL OR type = @type)
            ORDER BY document_id, ordinal;
            """,
            new { documentId, type },
            cancellationToken: cancellationToken));
        return bodies.Select(b => FactJson.Deserialize(b) ?? throw new StoreException("a stored fact could not be read; the database may be damaged")).ToList();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return deleted > 0;
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<CountsRow>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM documents) AS Documents, (SELECT COUNT(*) FROM sections) AS Sections,
                   (SELECT COUNT(*) FROM paragraphs) AS Paragraphs, (SELECT COUNT(*) FROM facts) AS Facts,
                   (SELECT COUNT(*) FROM questions) AS Questions;
            """,
            cancellationToken: cancellationToken));
        return new StoreCounts((int)counts.Documents, (int)counts.Sections, (int)counts.Paragraphs, (int)counts.Facts, (int)counts.Questions);
    }

    private static DateOnly? ParseDate(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

#pragma warning disable IDE1006, CA1812 // Row types mirror column names; Dapper creates them.
    private sealed record SummaryRow(string id, string path, string kind, string? dossier, string? number, string? session, string? date, string title)
    {
        public DocumentSummary ToSummary() => new(id, path, kind, dossier, number, session, ParseDate(date), title);
    }

    private sealed record DetailRow(string id, string path, string kind, string? dossier, string? number, string? session, string? date, string title, string format, string? subject, string text)
    {
        public DocumentSummary ToSummary() => new(id, path, kind, dossier, number, session, ParseDate(date), title);
    }

    private sealed record SectionRow(long idx, long? parent_idx, long level, string heading, string? aspect, long heading_start, long heading_length, long body_start, long body_length)
    {
        public Section ToSection() => new((int)idx, (int?)parent_idx, (int)level, heading, aspect, new TextSpan((int)heading_start, (int)heading_length), new TextSpan((int)body_start, (int)body_length));
    }

    private sealed record ParagraphRow(long idx, long span_start, long span_end, long? page);

    private sealed record CountsRow(long Documents, long Sections, long Paragraphs, long Facts, long Questions);

    private sealed record SignatoryRow(string name, string office, long span_start, long span_length);

    private sealed record QuestionRow(long number, string question, string answer, string refers_to, long question_start, long question_length, long answer_start, long answer_length)
    {
        public QuestionAnswer ToQuestion() => new(
            (int)number,
            question,
            answer,
            JsonSerializer.Deserialize<int[]>(refers_to) ?? [],
            new TextSpan((int)question_start, (int)question_length),
            new TextSpan((int)answer_start, (int)answer_length));
    }
#pragma warning restore IDE1006, CA1812
}
