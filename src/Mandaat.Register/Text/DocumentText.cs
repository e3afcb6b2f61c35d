using System.Globalization;
using System.Text.RegularExpressions;
using Mandaat.Core.Text;
using Mandaat.Store;

namespace Mandaat.Register.Text;

/// <summary>The sentence and paragraph around a cited span of a stored document, and the years a text names.</summary>
public static partial class DocumentText
{
    /// <summary>The sentence that holds a span, within the span's paragraph, as <see cref="Sentences"/> cuts every text.</summary>
    public static string Sentence(DocumentDetail document, int start, int end) => SentenceSpan(document, start, end).Slice(document.Text);

    /// <summary>Where <see cref="Sentence"/> stands in the document's text.</summary>
    public static TextSpan SentenceSpan(DocumentDetail document, int start, int end)
    {
        var text = document.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var paragraph = ParagraphAt(document, start);
        var bounds = paragraph is null ? new TextSpan(0, text.Length) : TextSpan.FromBounds(paragraph.Start, Math.Min(paragraph.End, text.Length));
        return Sentences.Around(text, bounds, TextSpan.FromBounds(start, end));
    }

    /// <summary>A sentence cut to the length a check shows as its quote.</summary>
    public static string Quote(string sentence) =>
        sentence.Length <= QuoteLength ? sentence : sentence[..QuoteLength].TrimEnd() + "…";

    private const int QuoteLength = 240;

    public static string Paragraph(DocumentDetail document, int offset) =>
        ParagraphAt(document, offset) is { } paragraph ? document.Text[paragraph.Start..Math.Min(paragraph.End, document.Text.Length)] : string.Empty;

    /// <summary>The source page of the paragraph that holds an offset, where the format has pages.</summary>
    public static int? Page(DocumentDetail document, int offset) => ParagraphAt(document, offset)?.Page;

    /// <summary>The first year (1900–2099) a phrase names, else null.</summary>
    public static int? FirstYear(string text)
    {
        var match = Year().Match(text);
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The latest year (1900–2099) a text names, else null.</summary>
    public static int? LastYear(string text) =>
        Year().Matches(text).Select(m => (int?)int.Parse(m.Value, CultureInfo.InvariantCulture)).Max();

    private static StoredParagraph? ParagraphAt(DocumentDetail document, int offset) =>
        document.Paragraphs.FirstOrDefault(p => p.Start <= offset && offset < p.End);

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
