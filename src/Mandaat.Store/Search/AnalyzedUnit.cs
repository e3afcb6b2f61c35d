namespace Mandaat.Store.Sqlite;

/// <summary>One passage of a document with its analysed terms: one <c>search_units</c> row and its row in <c>document_fts</c> (the whole document) or <c>passage_fts</c>.</summary>
internal sealed record AnalyzedUnit(string Document, string Unit, int Number, int Start, int End, string Body, string Parts);
