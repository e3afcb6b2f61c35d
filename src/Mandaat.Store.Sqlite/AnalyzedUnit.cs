namespace Mandaat.Store.Sqlite;

/// <summary>One passage of a document with its analysed terms: one <c>search_units</c> row and its <c>search_fts</c> row.</summary>
internal sealed record AnalyzedUnit(string Document, string Unit, int Number, int Start, int End, string Body, string Parts);
