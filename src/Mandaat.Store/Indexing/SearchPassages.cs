using Mandaat.Core.Documents;
using Mandaat.Search.Query;

namespace Mandaat.Store.Indexing;

/// <summary>
/// The passages search indexes for a document, the same on every backend and however the document reaches
/// the store (ingest, copy, re-indexing a migrated store): every paragraph, every question with its answer,
/// then the whole text. A paragraph span outside the text is skipped.
/// </summary>
public static class SearchPassages
{
    public static IReadOnlyList<SearchPassage> Of(string text, IEnumerable<(int Index, int Start, int End)> paragraphs, IEnumerable<QuestionAnswer> questions)
    {
        ArgumentNullException.ThrowIfNull(text);
        return paragraphs
            .Where(p => p.Start >= 0 && p.End <= text.Length && p.Start <= p.End)
            .Select(p => SearchPassage.Slice(SearchUnits.Paragraph, p.Index, text, p.Start, p.End))
            .Concat(questions.Select(q => new SearchPassage(SearchUnits.Question, q.Number, q.QuestionSpan.Start, Math.Max(q.QuestionSpan.End, q.AnswerSpan.End), SearchUnits.QuestionText(q.Question, q.Answer))))
            .Append(SearchPassage.Slice(SearchUnits.Document, 0, text, 0, text.Length))
            .ToList();
    }

    public static IReadOnlyList<SearchPassage> Of(ProcessedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Of(document.Text.Text, document.Text.Paragraphs.Select((p, i) => (i, p.Start, p.End)), document.Questions);
    }

    public static IReadOnlyList<SearchPassage> Of(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(record.Text, record.Paragraphs.Select(p => (p.Index, p.Start, p.End)), record.Questions);
    }
}
