namespace Mandaat.Cli.Commands;

/// <summary>
/// The query as the user meant it from the words the shell passed. Users type <c>mandaat search force
/// protection</c> as readily as the quoted form, so the words are joined. When the shell passed several
/// words, one that still holds a space was quoted by the user as a group (<c>"strijd tegen" ISIS</c>) and
/// stays a phrase; a single argument is the query as typed, whatever it holds.
/// </summary>
public static class QueryWords
{
    public static string Join(IReadOnlyList<string> words)
    {
        if (words.Count == 1)
        {
            return words[0];
        }

        return string.Join(' ', words.Select(word => IsGroup(word) ? $"\"{word}\"" : word));
    }

    private static bool IsGroup(string word) =>
        word.Any(char.IsWhiteSpace) && !word.Contains('"', StringComparison.Ordinal) && !word.Contains(':', StringComparison.Ordinal);
}
