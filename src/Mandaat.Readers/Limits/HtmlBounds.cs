using Mandaat.Core.Limits;

namespace Mandaat.Readers.Limits;

/// <summary>
/// Measures how deep an HTML page nests its elements before AngleSharp builds a tree of it. The HTML parser
/// checks the stack of open elements at every tag, so its time grows with the square of the depth: 200,000
/// nested divs (2 MB) kept it busy for minutes. Real publication pages nest a few tens deep. The estimate
/// counts an open tag up and a close tag down, and skips what never nests: comments, void elements,
/// self-closed tags, the text of script and style, and the elements whose end tag HTML lets a page omit
/// (p, li, td …), so a sloppy page that never closes its paragraphs is not taken for a deep one.
/// </summary>
internal static class HtmlBounds
{
    private static readonly HashSet<string> NeverNest = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        // Elements whose end tag may be omitted.
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "rb", "rt", "rp", "rtc",
    };

    public static void Check(byte[] html, DocumentLimits limits)
    {
        var depth = 0;
        var i = 0;
        while ((i = Array.IndexOf(html, (byte)'<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                i = Skip(html, i, html.AsSpan(i).StartsWith("<!--"u8) ? "-->"u8 : ">"u8);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && IsNameByte(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i++;
                continue;
            }

            var name = System.Text.Encoding.ASCII.GetString(html, nameStart, nameEnd - nameStart);
            var tagEnd = Skip(html, nameEnd, ">"u8);
            if (closing)
            {
                depth = NeverNest.Contains(name) ? depth : Math.Max(0, depth - 1);
            }
            else if (!NeverNest.Contains(name) && html[tagEnd - 2] != '/')
            {
                if (++depth > limits.MaxXmlDepth)
                {
                    throw new LimitExceededException(DocumentLimits.Refusal(
                        $"the HTML nests elements more than {limits.MaxXmlDepth} deep", DocumentLimits.XmlDepthSetting, limits.MaxXmlDepth));
                }

                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    // Their text is not markup; their end tag closes them.
                    tagEnd = Skip(html, tagEnd, name.Length == 6 ? "</script"u8 : "</style"u8);
                    depth--;
                }
            }

            i = tagEnd;
        }
    }

    /// <summary>The index just past the next <paramref name="end"/> from <paramref name="from"/>, or the end of the page.</summary>
    private static int Skip(byte[] html, int from, ReadOnlySpan<byte> end)
    {
        var found = html.AsSpan(from).IndexOf(end);
        return found < 0 ? html.Length : from + found + end.Length;
    }

    private static bool IsNameByte(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)':';
}
