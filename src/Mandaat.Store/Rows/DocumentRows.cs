using System.Data.Common;
using Dapper;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;

namespace Mandaat.Store.Rows;

/// <summary>
/// A stored document's rows, read and mapped to the domain once for both backends: the tables have the same
/// columns on SQLite and PostgreSQL, so the statements that read one document and the mapping of every row are
/// written here. What stays with a backend is the SQL that filters or orders in its own way (listing, facts)
/// and, through its <see cref="StoreDialect"/>, the columns it stores in a type of its own.
/// </summary>
public static class DocumentRows
{
    /// <summary>The columns of a <see cref="DocumentSummary"/>, in the order a backend's list statement selects them for <see cref="SummariesAsync"/>.</summary>
    public const string SummaryColumns = "id, path, kind, dossier, number, session, date, title";

    /// <summary>How much the store holds: one statement, the same on both backends.</summary>
    public static async Task<StoreCounts> CountAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var counts = await connection.QuerySingleAsync<CountsRow>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM documents) AS Documents, (SELECT COUNT(*) FROM sections) AS Sections,
                   (SELECT COUNT(*) FROM paragraphs) AS Paragraphs, (SELECT COUNT(*) FROM facts) AS Facts,
                   (SELECT COUNT(*) FROM questions) AS Questions;
            """,
            cancellationToken: cancellationToken));
        return new StoreCounts((int)counts.Documents, (int)counts.Sections, (int)counts.Paragraphs, (int)counts.Facts, (int)counts.Questions);
    }

    /// <summary>The documents a backend's list statement selects, its columns <see cref="SummaryColumns"/>.</summary>
    public static async Task<IReadOnlyList<DocumentSummary>> SummariesAsync(DbConnection connection, string sql, object parameters, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new DocumentSummary(r.id, r.path, DocumentKind.Parse(r.kind), r.dossier, r.number, r.session, dialect.Day(r.date), r.title))];
    }

    /// <summary>Every document's id, in ordinal order: the order <c>copy</c> exports in on every backend.</summary>
    public static async Task<IReadOnlyList<string>> IdsAsync(DbConnection connection, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return [.. await connection.QueryAsync<string>(new CommandDefinition($"SELECT id FROM documents ORDER BY id{dialect.OrdinalOrder};", cancellationToken: cancellationToken))];
    }

    /// <summary>All rows of one document, or null when there is no such document; one statement per table.</summary>
    public static async Task<DocumentRecord?> ReadAsync(DbConnection connection, string id, StoreDialect dialect, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(Command(
            "SELECT id, content_hash, path, format, kind, dossier, number, session, date, subject, title, text, ingested_at, version, official FROM documents WHERE id = @id;"));
        if (row is null)
        {
            return null;
        }

        var sources = await connection.QueryAsync<SourceRow>(Command(
            $"SELECT content_hash, path FROM document_sources WHERE document_id = @id ORDER BY content_hash{dialect.OrdinalOrder};"));
        var signatories = await connection.QueryAsync<SignatoryRow>(Command(
            "SELECT name, office, span_start, span_length FROM signatories WHERE document_id = @id ORDER BY ordinal;"));
        var sections = await connection.QueryAsync<SectionRow>(Command(
            "SELECT idx, parent_idx, level, heading, aspect, heading_start, heading_length, body_start, body_length FROM sections WHERE document_id = @id ORDER BY idx;"));
        var paragraphs = await connection.QueryAsync<ParagraphRow>(Command(
            "SELECT idx, span_start, span_end, page FROM paragraphs WHERE document_id = @id ORDER BY idx;"));
        var questions = await connection.QueryAsync<QuestionRow>(Command(
            "SELECT number, question, answer, refers_to, question_start, question_length, answer_start, answer_length FROM questions WHERE document_id = @id ORDER BY ordinal;"));
        var facts = await connection.QueryAsync<FactRow>(Command(
            "SELECT type, quote, span_start, span_end, page, body FROM facts WHERE document_id = @id ORDER BY ordinal;"));

        return new DocumentRecord(
            row.id, row.content_hash, row.path, row.format, DocumentKind.Parse(row.kind), row.dossier, row.number, row.session,
            dialect.Day(row.date), row.subject, row.title, row.text, dialect.Instant(row.ingested_at),
            [.. sources.Select(s => new DocumentSource(s.content_hash, s.path))],
            [.. signatories.Select(s => new Signatory(s.name, s.office, new TextSpan(s.span_start, s.span_length)))],
            [.. sections.Select(s => new Section(s.idx, s.parent_idx, s.level, s.heading, s.aspect, new TextSpan(s.heading_start, s.heading_length), new TextSpan(s.body_start, s.body_length)))],
            [.. paragraphs.Select(p => new StoredParagraph(p.idx, p.span_start, p.span_end, p.page))],
            [.. questions.Select(q => new QuestionAnswer(
                q.number, q.question, q.answer, dialect.Numbers(q.refers_to), new TextSpan(q.question_start, q.question_length), new TextSpan(q.answer_start, q.answer_length)))],
            [.. facts.Select(f => new StoredFact(FactType.Parse(f.type), f.quote, f.span_start, f.span_end, f.page, f.body))])
        {
            Version = (int)row.version,
            Official = row.official,
        };

        CommandDefinition Command(string sql) => new(sql, new { id }, transaction, cancellationToken: cancellationToken);
    }

    // Classes with setters rather than positional records: Dapper fills a property from a column of another
    // integer type (SQLite answers every integer as long, PostgreSQL as int), where a constructor must match
    // the column types exactly. A column one backend stores in a type of its own is an object for the dialect.
#pragma warning disable IDE1006, CA1812 // Properties mirror column names; Dapper creates the rows.
    private sealed class DocumentRow
    {
        public string id { get; set; } = string.Empty;

        public string content_hash { get; set; } = string.Empty;

        public string path { get; set; } = string.Empty;

        public string format { get; set; } = string.Empty;

        public string kind { get; set; } = string.Empty;

        public string? dossier { get; set; }

        public string? number { get; set; }

        public string? session { get; set; }

        public object? date { get; set; }

        public string? subject { get; set; }

        public string title { get; set; } = string.Empty;

        public string text { get; set; } = string.Empty;

        public object ingested_at { get; set; } = string.Empty;

        public long version { get; set; }

        public string? official { get; set; }
    }

    private sealed class SummaryRow
    {
        public string id { get; set; } = string.Empty;

        public string path { get; set; } = string.Empty;

        public string kind { get; set; } = string.Empty;

        public string? dossier { get; set; }

        public string? number { get; set; }

        public string? session { get; set; }

        public object? date { get; set; }

        public string title { get; set; } = string.Empty;
    }

    private sealed class SourceRow
    {
        public string content_hash { get; set; } = string.Empty;

        public string path { get; set; } = string.Empty;
    }

    private sealed class SignatoryRow
    {
        public string name { get; set; } = string.Empty;

        public string office { get; set; } = string.Empty;

        public int span_start { get; set; }

        public int span_length { get; set; }
    }

    private sealed class SectionRow
    {
        public int idx { get; set; }

        public int? parent_idx { get; set; }

        public int level { get; set; }

        public string heading { get; set; } = string.Empty;

        public string? aspect { get; set; }

        public int heading_start { get; set; }

        public int heading_length { get; set; }

        public int body_start { get; set; }

        public int body_length { get; set; }
    }

    private sealed class ParagraphRow
    {
        public int idx { get; set; }

        public int span_start { get; set; }

        public int span_end { get; set; }

        public int? page { get; set; }
    }

    private sealed class QuestionRow
    {
        public int number { get; set; }

        public string question { get; set; } = string.Empty;

        public string answer { get; set; } = string.Empty;

        public object refers_to { get; set; } = string.Empty;

        public int question_start { get; set; }

        public int question_length { get; set; }

        public int answer_start { get; set; }

        public int answer_length { get; set; }
    }

    private sealed class FactRow
    {
        public string type { get; set; } = string.Empty;

        public string quote { get; set; } = string.Empty;

        public int span_start { get; set; }

        public int span_end { get; set; }

        public int? page { get; set; }

        public string body { get; set; } = string.Empty;
    }

    // COUNT is a 64-bit integer on both backends.
    private sealed record CountsRow(long Documents, long Sections, long Paragraphs, long Facts, long Questions);
#pragma warning restore IDE1006, CA1812
}
