using Mandaat.Core.Text;

namespace Mandaat.Cli.Output;

/// <summary>
/// Stored text on its way to a terminal: a control character (an escape sequence in a title, a heading, a
/// quote) would steer the terminal, so it shows as U+FFFD. Stores written before ingest blanked them still
/// hold some, so this is done on the way out as well.
/// </summary>
public static class TerminalText
{
    public static string Safe(string? text) => text is null ? string.Empty : ControlCharacters.Replace(text, '\uFFFD');
}
