namespace Mandaat.Core.Text;

/// <summary>
/// Control characters that a document's text has no use for: every C0 and C1 control but the line feed,
/// carriage return, tab and form feed (a page turn). An escape sequence among them would steer the terminal
/// that shows the text, so they are blanked before a document is stored, and kept off the terminal by the CLI.
/// </summary>
public static class ControlCharacters
{
    public static bool IsStray(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f');

    /// <summary>The text with each stray control character replaced by <paramref name="replacement"/>: the same length, so every offset into it holds.</summary>
    public static string Replace(string text, char replacement = ' ')
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsStray))
        {
            return text;
        }

        return string.Create(text.Length, (text, replacement), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = IsStray(c) ? state.replacement : c;
            }
        });
    }
}
