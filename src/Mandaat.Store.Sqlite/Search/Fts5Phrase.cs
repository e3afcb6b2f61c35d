namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// One FTS5 phrase of a compiled query: its text, whether its last token is a prefix, and the columns it
/// may match in. <see cref="Expression"/> is the phrase as FTS5 syntax, usable on its own.
/// </summary>
internal sealed record Fts5Phrase(Fts5Columns Columns, string Text, bool Prefix)
{
    /// <summary>The phrase's tokens as FTS5 splits its text.</summary>
    public IReadOnlyList<string> Tokens { get; } = Fts5Tokens.Split(Text);

    public string Expression
    {
        get
        {
            var columns = Columns switch
            {
                Fts5Columns.Body => "body",
                Fts5Columns.Parts => "parts",
                _ => "{body parts}",
            };
            var quoted = "\"" + Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            return $"{columns} : {quoted}{(Prefix ? "*" : string.Empty)}";
        }
    }

    /// <summary>How many times the phrase occurs in a column's text, as FTS5 counts its instances.</summary>
    public int CountIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Tokens.Count == 0)
        {
            return 0;
        }

        var count = 0;
        var lastIsFirst = Tokens.Count == 1;
        for (var at = Fts5Tokens.IndexOf(text, Tokens[0], Prefix && lastIsFirst, 0); at >= 0; at = Fts5Tokens.IndexOf(text, Tokens[0], Prefix && lastIsFirst, at + 1))
        {
            if (RestFollows(text, at))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the phrase's second and later tokens follow its first, found at <paramref name="at"/>.</summary>
    private bool RestFollows(string text, int at)
    {
        var end = Fts5Tokens.EndOf(text, at);
        for (var i = 1; i < Tokens.Count; i++)
        {
            var next = Fts5Tokens.NextStart(text, end);
            if (next < 0)
            {
                return false;
            }

            end = Fts5Tokens.EndOf(text, next);
            var token = text.AsSpan(next, end - next);
            var matches = Prefix && i == Tokens.Count - 1
                ? token.StartsWith(Tokens[i], StringComparison.OrdinalIgnoreCase)
                : token.Equals(Tokens[i], StringComparison.OrdinalIgnoreCase);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The columns of the search tables a phrase is looked for in.</summary>
[Flags]
internal enum Fts5Columns
{
    Body = 1,
    Parts = 2,
    Both = Body | Parts,
}
