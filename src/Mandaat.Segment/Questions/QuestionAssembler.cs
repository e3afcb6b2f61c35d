using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Segment.Questions;

/// <summary>
/// Completes the questions: a combined answer ("Antwoord op vragen 20 en 21") is given to each
/// question it covers that has no answer of its own, and every answer's pointers to other answers
/// ("Zie het antwoord op vraag 13") become <see cref="QuestionAnswer.RefersTo"/>.
/// </summary>
internal static class QuestionAssembler
{
    public static List<QuestionAnswer> Assemble(string text, IReadOnlyList<QuestionBlock> blocks)
    {
        var byNumber = new Dictionary<int, int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            byNumber[blocks[i].Number] = i;
        }

        var answers = blocks.Select(b => b.AnswerSpan).ToArray();
        foreach (var block in blocks)
        {
            foreach (var covered in block.Covers)
            {
                if (byNumber.TryGetValue(covered, out var other) && answers[other].Length == 0)
                {
                    answers[other] = block.AnswerSpan;
                }
            }
        }

        var result = new List<QuestionAnswer>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var refersTo = References(block.AnswerSpan.Slice(text), block, byNumber);
            result.Add(new QuestionAnswer(block.Number, block.QuestionSpan.Slice(text), answers[i].Slice(text), refersTo, block.QuestionSpan, answers[i]));
        }

        return result;
    }

    private static List<int> References(string answer, QuestionBlock block, Dictionary<int, int> byNumber)
    {
        var numbers = new List<int>();
        foreach (System.Text.RegularExpressions.Match match in QuestionPatterns.Reference().Matches(answer))
        {
            foreach (var number in NumberList.Parse(match.Groups["list"].Value))
            {
                if (number != block.Number && !block.Covers.Contains(number) && byNumber.ContainsKey(number) && !numbers.Contains(number))
                {
                    numbers.Add(number);
                }
            }
        }

        return numbers;
    }
}
