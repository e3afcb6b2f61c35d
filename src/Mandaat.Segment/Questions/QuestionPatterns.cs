using System.Text.RegularExpressions;

namespace Mandaat.Segment.Questions;

/// <summary>The ways lists of questions and answers number and label their items.</summary>
internal static partial class QuestionPatterns
{
    private const string NumberList = @"\d{1,3}(?:\s*(?:,|en|t/m|tot\s+en\s+met|[-–])\s*\d{1,3})*";

    /// <summary>A question number alone on its line: "12".</summary>
    [GeneratedRegex(@"^(?<number>\d{1,3})\.?$")]
    public static partial Regex NumberOnly();

    /// <summary>"Vraag 12", "Vraag 12:", "Vraag 12. Hoeveel …?"</summary>
    [GeneratedRegex(@"^(?:[•·▪–-]\s*)?Vraag\s+(?<number>\d{1,3})\s*[:.)]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex QuestionLabel();

    /// <summary>"Antwoord", "Antwoord 12:", "Antwoord op vragen 20 en 21: …"</summary>
    [GeneratedRegex(@"^Antwoord(?:en)?(?:\s+(?:op\s+)?(?:(?:de\s+)?vra(?:ag|gen)\s+)?(?<list>" + NumberList + @"))?\s*[:.]?(?:\s+|$)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AnswerLabel();

    /// <summary>A numbered question in one paragraph: "12. Hoeveel …?"</summary>
    [GeneratedRegex(@"^(?<number>\d{1,3})[.)]\s+(?<rest>.+\?)$", RegexOptions.CultureInvariant)]
    public static partial Regex NumberedQuestion();

    /// <summary>A pointer to other answers: "vraag 13", "vragen 20 en 21", "vragen 3 t/m 5".</summary>
    [GeneratedRegex(@"\bvra(?:ag|gen)\s+(?<list>" + NumberList + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Reference();

    /// <summary>One number of a list, with the connector before it.</summary>
    [GeneratedRegex(@"(?<connector>t/m|tot\s+en\s+met|[-–])?\s*(?<number>\d{1,3})", RegexOptions.CultureInvariant)]
    public static partial Regex ListNumber();
}
