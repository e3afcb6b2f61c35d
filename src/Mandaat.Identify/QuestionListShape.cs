using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// Recognises a list of numbered questions with answers by its shape in the source: a line holding
/// only a number (or "Vraag 3"), followed by a question ending in "?". Three numbered questions
/// starting at 1 make a list; a letter's numbered headings ("1. Inleiding") carry no question mark.
/// </summary>
internal static partial class QuestionListShape
{
    /// <summary>How many lines after the number the question mark may come (questions wrap).</summary>
    private const int QuestionReach = 6;

    private const int MinimumQuestions = 3;

    public static bool Matches(string source)
    {
        var lines = source.Split('\n');
        var expected = 1;
        for (var i = 0; i < lines.Length && expected <= MinimumQuestions; i++)
        {
            var number = Number().Match(lines[i]);
            if (!number.Success || number.Groups["n"].Value != expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                continue;
            }

            if (QuestionBlock(lines, i).Contains('?', StringComparison.Ordinal))
            {
                expected++;
            }
        }

        return expected > MinimumQuestions;
    }

    /// <summary>The number's line and the lines after it up to the first blank line that follows text.</summary>
    private static string QuestionBlock(string[] lines, int numberLine)
    {
        var block = new List<string> { lines[numberLine].Trim() };
        foreach (var line in lines.Skip(numberLine + 1).Take(QuestionReach))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                // Blank lines between a bare number and its question are layout; after text they end it.
                if (block.Count > 1 || !BareNumber().IsMatch(lines[numberLine]))
                {
                    break;
                }

                continue;
            }

            block.Add(trimmed);
        }

        return string.Join(' ', block);
    }

    // "12", "12.", "Vraag 12", "Vraag 12:" alone on a line, or a number in front of the question.
    [GeneratedRegex(@"^[ \t]*(?:Vraag[ \t]+)?(?<n>\d{1,3})[.):]?(?:[ \t]*\r?$|[ \t]+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^[ \t]*(?:Vraag[ \t]+)?\d{1,3}[.):]?[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();
}
