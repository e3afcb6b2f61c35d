namespace Mandaat.Core.Text;

/// <summary>A half-open character range [Start, Start + Length) in one text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public string Slice(string text) => text.Substring(Start, Length);
}
