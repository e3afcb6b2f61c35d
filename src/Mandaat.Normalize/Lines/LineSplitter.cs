namespace Mandaat.Normalize.Lines;

/// <summary>Cuts source text into physical lines (LF, CRLF or CR) in one pass, keeping source offsets.</summary>
internal static class LineSplitter
{
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r')
            {
                end++;
            }

            lines.Add(Make(text, lines.Count, start, end));
            if (end >= text.Length)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }

    private static SourceLine Make(string text, int index, int start, int end)
    {
        var contentStart = start;
        while (contentStart < end && char.IsWhiteSpace(text[contentStart]))
        {
            contentStart++;
        }

        var contentEnd = end;
        while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        var kind = contentStart < contentEnd ? LineKind.Text : end > start ? LineKind.WhitespaceOnly : LineKind.Empty;
        var content = text[contentStart..contentEnd];
        return new SourceLine(index, start, contentStart, contentEnd, kind, content);
    }
}
