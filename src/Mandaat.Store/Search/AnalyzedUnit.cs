namespace Mandaat.Store.Search;

/// <summary>One search passage of a document with its analysed terms, as an index stores them: <paramref name="Body"/> one term per word in order, <paramref name="Parts"/> the pieces of compounds.</summary>
public sealed record AnalyzedUnit(string Document, string Unit, int Number, int Start, int End, string Body, string Parts);
