using Mandaat.Core.Text;
using Mandaat.Normalize.Hyphenation;
using Mandaat.Normalize.Lines;

namespace Mandaat.Normalize.Output;

/// <summary>
/// Writes the paragraphs into one text: lines of a paragraph joined by a space (or closed up over a
/// line-break hyphen), paragraphs separated by exactly one blank line.
/// </summary>
internal static class ParagraphWriter
{
    private const string ParagraphSeparator = "\n\n";

    public static NormalizedText Write(SourceText source, IReadOnlyList<List<SourceLine>> paragraphs, DocumentVocabulary vocabulary)
    {
        var builder = new MappedTextBuilder();
        var spans = new List<TextSpan>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (spans.Count > 0)
            {
                var separatorSource = paragraph[0].Start;
                foreach (var c in ParagraphSeparator)
                {
                    builder.Append(c, Math.Max(0, separatorSource - 1));
                }
            }

            var start = builder.Length;
            WriteParagraph(source.Text, paragraph, vocabulary, builder);
            spans.Add(TextSpan.FromBounds(start, builder.Length));
        }

        var (text, map) = builder.Build();
        return new NormalizedText(text, spans, map, source);
    }

    private static void WriteParagraph(string source, List<SourceLine> lines, DocumentVocabulary vocabulary, MappedTextBuilder builder)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var join = i + 1 < lines.Count ? HyphenationRules.Decide(line.Content, lines[i + 1].Content, vocabulary) : LineJoin.Space;
            var end = join == LineJoin.DropHyphen ? line.ContentEnd - 1 : line.ContentEnd;
            builder.AppendCollapsed(source, line.ContentStart, end);
            if (i + 1 < lines.Count && join == LineJoin.Space)
            {
                // The space stands in for the line break, which directly follows the line's content.
                builder.Append(' ', line.ContentEnd);
            }
        }
    }
}
