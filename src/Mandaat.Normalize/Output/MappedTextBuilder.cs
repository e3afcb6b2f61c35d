using System.Text;
using Mandaat.Core.Text;

namespace Mandaat.Normalize.Output;

/// <summary>
/// Builds the normalised text while recording where each character came from. An anchor is added
/// only where the source run breaks (collapsed whitespace, a dropped hyphen, a skipped artefact), so
/// the map stays as small as the number of discontinuities.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly OffsetMap _map = new();
    private int _expectedSource = -1;

    public int Length => _text.Length;

    /// <summary>Appends a character copied from (or standing in for the whitespace at) a source offset.</summary>
    public void Append(char c, int sourceOffset)
    {
        if (sourceOffset != _expectedSource)
        {
            _map.Add(_text.Length, sourceOffset);
        }

        _text.Append(c);
        _expectedSource = sourceOffset + 1;
    }

    /// <summary>Copies source[start, end) with every run of whitespace collapsed to one space.</summary>
    public void AppendCollapsed(string source, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                Append(' ', i);
                while (i < end && char.IsWhiteSpace(source[i]))
                {
                    i++;
                }

                continue;
            }

            // A soft hyphen is invisible in print and only marks where a word may break.
            if (c != '\u00AD')
            {
                Append(c, i);
            }

            i++;
        }
    }

    public (string Text, OffsetMap Map) Build()
    {
        if (_map.Count == 0)
        {
            _map.Add(0, 0);
        }

        return (_text.ToString(), _map);
    }
}
