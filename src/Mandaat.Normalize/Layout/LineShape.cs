namespace Mandaat.Normalize.Layout;

/// <summary>Small questions about how a trimmed line begins and ends, shared by the artefact and paragraph rules.</summary>
internal static class LineShape
{
    private const string ClosingMarks = ")]»”’\"'";

    /// <summary>Dutch articles, prepositions and conjunctions: a line ending in one continues on the next line.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "van", "op", "in", "en", "met", "voor", "aan", "te", "tot", "om", "of", "bij",
        "naar", "door", "over", "uit", "die", "dat", "als", "dan", "onder", "tussen", "tegen", "per", "zijn", "is",
    };

    public static bool EndsWithFunctionWord(string line)
    {
        var space = line.LastIndexOf(' ');
        return FunctionWords.Contains(space < 0 ? line : line[(space + 1)..]);
    }

    /// <summary>Ends with sentence-final punctuation (a colon or semicolon also closes a run-in line), ignoring closing quotes and brackets.</summary>
    public static bool EndsSentence(string line)
    {
        var i = LastSignificant(line);
        return i >= 0 && line[i] is '.' or '?' or '!' or ':' or ';';
    }

    /// <summary>Ends with any punctuation that shows the line is prose rather than a heading.</summary>
    public static bool EndsWithPunctuation(string line)
    {
        var i = LastSignificant(line);
        return i >= 0 && line[i] is '.' or '?' or '!' or ':' or ';' or ',';
    }

    public static bool EndsQuestion(string line)
    {
        var i = LastSignificant(line);
        return i >= 0 && line[i] == '?';
    }

    public static bool StartsLower(string line) => line.Length > 0 && char.IsLower(line[0]);

    /// <summary>Starts like a new sentence or a heading: a capital, a digit, or an opening quote/bracket before one.</summary>
    public static bool StartsUpperOrDigit(string line)
    {
        foreach (var c in line)
        {
            if (c is '(' or '[' or '«' or '“' or '‘' or '"' or '\'')
            {
                continue;
            }

            return char.IsUpper(c) || char.IsDigit(c);
        }

        return false;
    }

    private static int LastSignificant(string line)
    {
        var i = line.Length - 1;
        while (i >= 0 && ClosingMarks.Contains(line[i], StringComparison.Ordinal))
        {
            i--;
        }

        return i;
    }
}
