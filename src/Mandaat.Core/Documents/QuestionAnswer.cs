using Mandaat.Core.Text;

namespace Mandaat.Core.Documents;

/// <summary>
/// A numbered question of a list of questions and answers, with its answer and the questions whose
/// answers this answer points to ("Zie het antwoord op vraag 13").
/// </summary>
public sealed record QuestionAnswer(
    int Number,
    string Question,
    string Answer,
    IReadOnlyList<int> RefersTo,
    TextSpan QuestionSpan,
    TextSpan AnswerSpan);
