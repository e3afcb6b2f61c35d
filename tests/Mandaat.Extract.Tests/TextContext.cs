using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Extract;
using Mandaat.Segment;

namespace Mandaat.Extract.Tests;

/// <summary>An extraction context over a short clean text (paragraphs split on blank lines), for extractor unit tests.</summary>
internal static class TextContext
{
    public static ExtractionContext For(string text, DateOnly? letterDate = null)
    {
        var paragraphs = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            paragraphs.Add(TextSpan.FromBounds(start, end));
            start = end + 2;
        }

        var normalized = new NormalizedText(text, paragraphs, OffsetMap.Identity(), SourceText.SinglePage(text, "txt"));
        var identity = new DocumentIdentity { Kind = DocumentKind.Brief, Date = letterDate };
        return new ExtractionContext(normalized, identity, Segmentation.Empty, "test");
    }
}
