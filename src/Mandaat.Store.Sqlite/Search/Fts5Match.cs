namespace Mandaat.Store.Sqlite.Search;

/// <summary>A compiled query: the FTS5 MATCH expression and the phrases in it that can match, in order.</summary>
internal sealed record Fts5Match(string Expression, IReadOnlyList<Fts5Phrase> Phrases);
