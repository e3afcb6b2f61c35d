using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// The kind of paper, from what it says of itself in its title, subject and opening (FORMAT.md):
/// numbered questions with answers, a committee report, an evaluation, a kennisgeving that a
/// contribution is being studied, a letter "in overeenstemming met artikel 100 van de Grondwet",
/// a progress report, else a letter. Checked in that order: a question list about an artikel
/// 100-brief quotes the artikel 100 phrase but is still a question list.
/// </summary>
public static partial class KindClassifier
{
    private const int OpeningWindow = 2500;
    private const int QuestionsNeeded = 3;

    public static (string Kind, TextSpan? Evidence) Classify(string text, string? subject)
    {
        var opening = text[..Math.Min(text.Length, OpeningWindow)];
        var heading = subject ?? string.Empty;

        if (QuestionListTitle().Match(opening) is { Success: true } title)
        {
            return (DocumentKind.VragenEnAntwoorden, Span(title));
        }

        if (NumberedQuestions().Count(text) >= QuestionsNeeded || LabelledQuestions().Count(text) >= QuestionsNeeded)
        {
            return (DocumentKind.VragenEnAntwoorden, null);
        }

        if (ReportTitle().Match(opening) is { Success: true } report)
        {
            return (DocumentKind.Verslag, Span(report));
        }

        if (Evaluation().IsMatch(heading))
        {
            return (DocumentKind.Evaluatie, null);
        }

        if (Kennisgeving().Match(opening) is { Success: true } notice)
        {
            return (DocumentKind.Kennisgeving, Span(notice));
        }

        if (Article100().Match(opening) is { Success: true } article100)
        {
            return (DocumentKind.Artikel100, Span(article100));
        }

        if (ProgressReport().Match(heading + "\n" + opening) is { Success: true })
        {
            return (DocumentKind.Voortgangsrapportage, ProgressReport().Match(opening) is { Success: true } progress ? Span(progress) : null);
        }

        return (DocumentKind.Brief, null);
    }

    private static TextSpan Span(Match match) => new(match.Index, match.Length);

    [GeneratedRegex(@"\b(?:LIJST\s+VAN\s+VRAGEN\s+EN\s+ANTWOORDEN|Lijst\s+van\s+vragen\s+en\s+antwoorden|VERSLAG\s+VAN\s+EEN\s+SCHRIFTELIJK\s+OVERLEG|Verslag\s+van\s+een\s+schriftelijk\s+overleg)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionListTitle();

    // A paragraph holding only a question number, followed by a question ending in "?".
    [GeneratedRegex(@"(?:^|\n\n)\d{1,3}\n\n[^\n]{5,600}?\?(?:\n|\s)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedQuestions();

    [GeneratedRegex(@"(?:^|\n\n)Vraag\s+\d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledQuestions();

    [GeneratedRegex(@"\b(?:VERSLAG\s+VAN\s+EEN\s+(?:COMMISSIEDEBAT|ALGEMEEN\s+OVERLEG|NOTAOVERLEG|WETGEVINGSOVERLEG)|Verslag\s+van\s+een\s+(?:commissiedebat|algemeen\s+overleg|notaoverleg|wetgevingsoverleg))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"\b(?:eind)?evaluatie\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Evaluation();

    [GeneratedRegex(@"\b(?:kennisgevingsbrief|(?:wordt|worden)\s+(?:momenteel\s+)?onderzocht\s+of|onderzoekt\s+het\s+kabinet|bestudeert\s+het\s+kabinet|het\s+kabinet\s+(?:onderzoekt|bestudeert|verkent))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kennisgeving();

    [GeneratedRegex(@"[^.\n]*\bin\s+overeenstemming\s+met\s+artikel\s+100\s+van\s+de\s+Grondwet\b[^.\n]*\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Article100();

    [GeneratedRegex(@"[^.\n]*\b(?:voortgangsrapportage|over\s+de\s+voortgang\s+van)\b[^.\n]*\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProgressReport();
}
