using Mandaat.Core.Text;

namespace Mandaat.Segment.Questions;

/// <summary>
/// Finds numbered questions and their answers. Three layouts of the genre are read: a number alone
/// on a line before the question; "Vraag 1" … "Antwoord" labels; and "1. …?" numbered questions.
/// Numbers must run 1, 2, 3 … so stray numbers (page numbers, footnotes) do not start a question.
/// </summary>
internal static class QuestionListParser
{
    public static List<QuestionBlock> Parse(IReadOnlyList<Paragraph> paragraphs)
    {
        // A labelled list may be an excerpt that starts anywhere; bare numbers must start at 1.
        var labelled = Markers(paragraphs, p => QuestionPatterns.QuestionLabel().Match(p.Text), anyStart: true);
        if (labelled.Count > 0)
        {
            return Blocks(paragraphs, labelled, labelled: true);
        }

        var bare = Markers(paragraphs, p => QuestionPatterns.NumberOnly().Match(p.Text), anyStart: false);
        if (bare.Count >= 2 && Asks(paragraphs, bare))
        {
            return Blocks(paragraphs, bare, labelled: false);
        }

        var numbered = Markers(paragraphs, p => QuestionPatterns.NumberedQuestion().Match(p.Text), anyStart: false);
        return numbered.Count >= 2 ? Blocks(paragraphs, numbered, labelled: true) : [];
    }

    /// <summary>
    /// Whether at least half of the items ask something: numbers alone on a line also number a site's menu
    /// ("1." over "Kerngegevens", "2." over "Tekst"), whose items ask nothing.
    /// </summary>
    private static bool Asks(IReadOnlyList<Paragraph> paragraphs, List<(int Paragraph, int Number, int RestStart)> markers)
    {
        var asking = 0;
        for (var k = 0; k < markers.Count; k++)
        {
            var end = k + 1 < markers.Count ? markers[k + 1].Paragraph : paragraphs.Count;
            if (paragraphs.Skip(markers[k].Paragraph).Take(end - markers[k].Paragraph).Any(p => p.Text.Contains('?', StringComparison.Ordinal)))
            {
                asking++;
            }
        }

        return asking * 2 >= markers.Count;
    }

    /// <summary>Paragraphs that open question 1, 2, 3 … in order, with the question text that follows the number on the same paragraph.</summary>
    private static List<(int Paragraph, int Number, int RestStart)> Markers(IReadOnlyList<Paragraph> paragraphs, Func<Paragraph, System.Text.RegularExpressions.Match> match, bool anyStart)
    {
        var markers = new List<(int, int, int)>();
        var expected = 1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var m = match(paragraphs[i]);
            if (!m.Success)
            {
                continue;
            }

            var number = int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (anyStart && markers.Count == 0)
            {
                expected = number;
            }

            if (number != expected)
            {
                continue;
            }

            var rest = m.Groups["rest"];
            var restStart = rest.Success && rest.Length > 0 ? paragraphs[i].Span.Start + rest.Index : -1;
            markers.Add((i, expected, restStart));
            expected++;
        }

        return markers;
    }

    private static List<QuestionBlock> Blocks(IReadOnlyList<Paragraph> paragraphs, List<(int Paragraph, int Number, int RestStart)> markers, bool labelled)
    {
        var blocks = new List<QuestionBlock>(markers.Count);
        for (var k = 0; k < markers.Count; k++)
        {
            var (at, number, restStart) = markers[k];
            var end = k + 1 < markers.Count ? markers[k + 1].Paragraph : paragraphs.Count;
            blocks.Add(Block(paragraphs, at, end, number, restStart, labelled));
        }

        return blocks;
    }

    /// <summary>Splits the paragraphs of one item, [at, end), into question and answer.</summary>
    private static QuestionBlock Block(IReadOnlyList<Paragraph> paragraphs, int at, int end, int number, int restStart, bool labelled)
    {
        var firstQuestion = restStart >= 0 ? at : at + 1;
        var answerAt = labelled ? AnswerLabelAt(paragraphs, at + 1, end) : -1;
        var lastQuestion = answerAt >= 0 ? answerAt - 1 : LastQuestionParagraph(paragraphs, firstQuestion, end);
        var questionStart = restStart >= 0 ? restStart : firstQuestion < end ? paragraphs[firstQuestion].Span.Start : paragraphs[at].Span.End;
        var questionEnd = lastQuestion >= firstQuestion && lastQuestion < end ? paragraphs[lastQuestion].Span.End : questionStart;
        var firstAnswer = answerAt >= 0 ? answerAt : Math.Max(lastQuestion + 1, firstQuestion);
        if (firstAnswer >= end)
        {
            var empty = new TextSpan(questionEnd, 0);
            return new QuestionBlock(number, TextSpan.FromBounds(questionStart, questionEnd), empty, []);
        }

        // The answer proper starts after its label: on the label's paragraph, or on the next one when the label stands alone.
        var answerEnd = paragraphs[end - 1].Span.End;
        var label = QuestionPatterns.AnswerLabel().Match(paragraphs[firstAnswer].Text);
        var covers = label.Success && label.Groups["list"].Success ? NumberList.Parse(label.Groups["list"].Value) : [];
        var answerStart = paragraphs[firstAnswer].Span.Start;
        if (label.Success)
        {
            var rest = label.Groups["rest"];
            answerStart = rest.Length > 0 ? answerStart + rest.Index : firstAnswer + 1 < end ? paragraphs[firstAnswer + 1].Span.Start : answerEnd;
        }

        var answer = TextSpan.FromBounds(answerStart, answerEnd);
        return new QuestionBlock(number, TextSpan.FromBounds(questionStart, questionEnd), answer, covers);
    }

    private static int AnswerLabelAt(IReadOnlyList<Paragraph> paragraphs, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (QuestionPatterns.AnswerLabel().IsMatch(paragraphs[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Without labels the question is its first paragraph plus the paragraphs ending in "?" that
    /// follow (a question may take two); the answer is the rest.
    /// </summary>
    private static int LastQuestionParagraph(IReadOnlyList<Paragraph> paragraphs, int first, int end)
    {
        if (first >= end)
        {
            return first - 1;
        }

        var last = first;
        while (last + 1 < end - 1 && paragraphs[last + 1].EndsQuestion)
        {
            last++;
        }

        return last;
    }
}
