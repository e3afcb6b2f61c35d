namespace Mandaat.Store.Postgres.Search;

/// <summary>
/// A leaf of a compiled query (<see cref="TsQueryCompiler"/>): the SQL that stands for it (its bound parameter cast to
/// tsquery) and the tsquery text that parameter binds, which is what its hits are counted and cached by.
/// </summary>
internal sealed record TsQueryLeaf(string Sql, string TsQuery);
