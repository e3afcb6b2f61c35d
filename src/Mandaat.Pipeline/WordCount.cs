namespace Mandaat.Pipeline;

/// <summary>Words of a text as the word limit counts them: runs of characters between white space.</summary>
public static class WordCount
{
    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
