namespace Mandaat.Segment.Headings;

/// <summary>
/// Picks the headings among the paragraphs. A candidate is a heading when body text follows it,
/// directly or after a short run of further headings ("Politieke aspecten" → "Politieke
/// ontwikkelingen" → text). Consecutive numbered candidates ("1. …", "2. …") with no text between
/// are a list, not headings.
/// </summary>
internal static class HeadingFinder
{
    /// <summary>Headings stacked without text between them; a longer run is a table or a list.</summary>
    private const int MaxStack = 3;

    public static List<HeadingInfo> Find(IReadOnlyList<string> paragraphs)
    {
        var count = paragraphs.Count;
        var candidate = new bool[count];
        var number = new string?[count];
        for (var i = 0; i < count; i++)
        {
            candidate[i] = HeadingRules.IsCandidate(paragraphs[i]);
            var match = HeadingPatterns.Numbered().Match(paragraphs[i]);
            number[i] = candidate[i] && match.Success ? match.Groups["number"].Value : null;
        }

        ExcludeNumberedLists(candidate, number);
        var stack = new int[count + 1];
        for (var i = count - 1; i >= 0; i--)
        {
            var next = i + 1;
            var bodyFollows = next < count && !candidate[next] && HeadingRules.IsBody(paragraphs[next]);
            var headingFollows = next < count && stack[next] > 0 && stack[next] < MaxStack;
            stack[i] = candidate[i] && (bodyFollows || headingFollows) ? stack[next] + 1 : 0;
        }

        return AssignLevels(stack, number, count);
    }

    private static void ExcludeNumberedLists(bool[] candidate, string?[] number)
    {
        for (var i = 0; i + 1 < number.Length; i++)
        {
            if (number[i] is { } a && number[i + 1] is { } b && Depth(a) == Depth(b))
            {
                candidate[i] = false;
                candidate[i + 1] = false;
            }
        }
    }

    /// <summary>
    /// Numbered headings take their depth from the numbering. Unnumbered ones are level 1, or one
    /// below the heading directly above them; in a numbered document they sit below the last numbered heading.
    /// </summary>
    private static List<HeadingInfo> AssignLevels(int[] stack, string?[] number, int count)
    {
        var headings = new List<HeadingInfo>();
        var numbered = number.Any(n => n is not null);
        var lastNumberedLevel = 0;
        for (var i = 0; i < count; i++)
        {
            if (stack[i] == 0)
            {
                continue;
            }

            int level;
            if (number[i] is { } n)
            {
                level = Depth(n);
                lastNumberedLevel = level;
            }
            else if (headings.Count > 0 && headings[^1].Paragraph == i - 1)
            {
                level = headings[^1].Level + 1;
            }
            else
            {
                level = numbered ? lastNumberedLevel + 1 : 1;
            }

            headings.Add(new HeadingInfo(i, level));
        }

        return headings;
    }

    private static int Depth(string number) => number.Count(c => c == '.') + 1;
}
