using System.Text.Json.Nodes;

namespace Mandaat.Evaluation;

/// <summary>One document's gold items and predicted items, both in the gold JSON form.</summary>
public sealed record ScoredDocument(string Name, IReadOnlyList<JsonObject> Gold, IReadOnlyList<JsonObject> Predicted);
