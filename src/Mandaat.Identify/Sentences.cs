using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>The sentence around an offset, so evidence cites a whole sentence rather than a phrase.</summary>
internal static class Sentences
{
    public static TextSpan Around(string text, TextSpan paragraph, int offset)
    {
        var start = offset;
        while (start > paragraph.Start && !EndsSentence(text, start - 1))
        {
            start--;
        }

        var end = offset;
        while (end < paragraph.End && !EndsSentence(text, end))
        {
            end++;
        }

        end = Math.Min(paragraph.End, end + 1);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return TextSpan.FromBounds(start, end);
    }

    // A full stop, question or exclamation mark followed by a space and a capital. "nr. 506" and
    // "jl. is" are not sentence ends; "(Kamerstuk 27 925, nr. 597). Nederland" is.
    private static bool EndsSentence(string text, int index) =>
        text[index] is '.' or '?' or '!'
        && index + 2 < text.Length
        && text[index + 1] == ' '
        && char.IsUpper(text[index + 2]);
}
