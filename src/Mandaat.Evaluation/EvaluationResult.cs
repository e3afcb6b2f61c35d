namespace Mandaat.Evaluation;

/// <summary>
/// Scores over a set of documents: per type, and micro-averaged over the types that FORMAT.md
/// scores together. <see cref="Extra"/> holds scores reported beside them (qa.refers_to).
/// </summary>
public sealed record EvaluationResult(
    TypeScore Micro,
    IReadOnlyDictionary<string, TypeScore> Types,
    IReadOnlyDictionary<string, TypeScore> Extra,
    IReadOnlyList<DocumentMiss> Misses);
