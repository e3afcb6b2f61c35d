using System.Text.Json.Nodes;

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

/// <summary>A gold item not found (missed) or a prediction not in the gold (spurious), for error analysis.</summary>
public sealed record DocumentMiss(string Document, string Type, string Kind, string Item);

/// <summary>One document's gold items and predicted items, both in the gold JSON form.</summary>
public sealed record ScoredDocument(string Name, IReadOnlyList<JsonObject> Gold, IReadOnlyList<JsonObject> Predicted);
