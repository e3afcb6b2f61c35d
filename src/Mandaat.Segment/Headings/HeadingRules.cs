namespace Mandaat.Segment.Headings;

/// <summary>
/// What a heading looks like in reflowed text: a short paragraph without final punctuation that
/// starts like a title. Signatures, list items, letterhead lines, question numbers and table
/// cells (mostly figures) look similar and are ruled out here.
/// </summary>
internal static class HeadingRules
{
    private const int MaxLength = 100;
    private const int MaxWords = 14;

    /// <summary>Body text is at least this long when it does not end in punctuation.</summary>
    private const int LongParagraph = 150;

    public static bool IsCandidate(string paragraph)
    {
        if (paragraph.Length < 2 || paragraph.Length > MaxLength || CountWords(paragraph) > MaxWords)
        {
            return false;
        }

        if (paragraph[^1] is '.' or ',' or ';' or ':' or '?' or '!' || !StartsLikeTitle(paragraph))
        {
            return false;
        }

        return !HeadingPatterns.NumberOnly().IsMatch(paragraph)
            && !HeadingPatterns.ListItem().IsMatch(paragraph)
            && !HeadingPatterns.Letterhead().IsMatch(paragraph)
            && !HeadingPatterns.Signature().IsMatch(paragraph)
            && !HeadingPatterns.Url().IsMatch(paragraph)
            && MostlyLetters(paragraph);
    }

    /// <summary>Running text: a paragraph that ends like a sentence, or is too long for anything else.</summary>
    public static bool IsBody(string paragraph) =>
        paragraph.Length > LongParagraph || (paragraph.Length > 0 && paragraph[^1] is '.' or ':' or ';' or '?' or '!');

    private static bool StartsLikeTitle(string paragraph)
    {
        var c = paragraph[0] == '(' && paragraph.Length > 1 ? paragraph[1] : paragraph[0];
        return char.IsUpper(c) || char.IsDigit(c);
    }

    /// <summary>Table cells ("2016", "€ 19,5 mln") are mostly figures; headings are mostly letters.</summary>
    private static bool MostlyLetters(string paragraph)
    {
        int letters = 0, other = 0;
        foreach (var c in paragraph)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                other++;
            }
        }

        return letters >= 2 && letters > other * 2;
    }

    private static int CountWords(string paragraph)
    {
        var words = 1;
        foreach (var c in paragraph)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }
}
