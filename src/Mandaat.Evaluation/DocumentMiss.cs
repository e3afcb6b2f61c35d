namespace Mandaat.Evaluation;

/// <summary>A gold item not found (missed) or a prediction not in the gold (spurious), for error analysis.</summary>
public sealed record DocumentMiss(string Document, string Type, string Kind, string Item);
