using Mandaat.Core.Text;

namespace Mandaat.Segment.Questions;

/// <summary>
/// One numbered question as found, before combined answers are shared. <see cref="Covers"/> lists
/// the questions an answer label names ("Antwoord op vragen 20 en 21"); the answer span starts after that label.
/// </summary>
internal sealed record QuestionBlock(int Number, TextSpan QuestionSpan, TextSpan AnswerSpan, IReadOnlyList<int> Covers);
