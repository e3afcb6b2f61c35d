using System.Text;

namespace Mandaat.Readers;

/// <summary>
/// Collects the text of a structured document (XML, HTML, DOCX) into paragraphs with lines inside
/// them. Markup carries indentation, CRLF and non-breaking spaces that mean nothing in print, so every
/// run of whitespace becomes one space, and lines and paragraphs never start or end with a space.
/// One writer serves one read; it is not shared between calls.
/// </summary>
internal sealed class ParagraphWriter
{
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private bool _pendingSpace;

    /// <summary>The paragraphs finished so far, without the one being written.</summary>
    public IReadOnlyList<string> Paragraphs => _paragraphs;

    /// <summary>True when nothing has been written on the current line.</summary>
    public bool LineIsEmpty => _current.Length == 0 || _current[^1] == '\n';

    /// <summary>Appends inline text; whitespace collapses to one space between words.</summary>
    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingSpace && !LineIsEmpty && _current[^1] != ' ')
            {
                _current.Append(' ');
            }

            _pendingSpace = false;
            _current.Append(c);
        }
    }

    /// <summary>Asks for a space before the next word, for parts that markup writes without one (voornaam + achternaam).</summary>
    public void RequestSpace() => _pendingSpace = true;

    /// <summary>Writes a separator between two cells of a row, unless the row is still empty.</summary>
    public void AppendSeparator(string separator)
    {
        if (!LineIsEmpty)
        {
            _current.Append(separator);
        }

        _pendingSpace = false;
    }

    /// <summary>Ends the current line; the next text starts a new line in the same paragraph.</summary>
    public void EndLine()
    {
        if (!LineIsEmpty)
        {
            _current.Append('\n');
        }

        _pendingSpace = false;
    }

    /// <summary>Ends the current paragraph; empty paragraphs are not kept.</summary>
    public void EndParagraph()
    {
        var text = _current.ToString().TrimEnd('\n');
        if (text.Length > 0)
        {
            _paragraphs.Add(text);
        }

        _current.Clear();
        _pendingSpace = false;
    }

    /// <summary>Adds a whole paragraph, ending the one being written first.</summary>
    public void AddParagraph(string text)
    {
        EndParagraph();
        Append(text);
        EndParagraph();
    }

    /// <summary>Ends the last paragraph and joins all of them with a blank line.</summary>
    public string Finish()
    {
        EndParagraph();
        return string.Join("\n\n", _paragraphs);
    }
}
