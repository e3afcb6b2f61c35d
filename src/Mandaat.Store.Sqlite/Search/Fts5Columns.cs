namespace Mandaat.Store.Sqlite.Search;

/// <summary>The columns of the search tables a phrase is looked for in.</summary>
[Flags]
internal enum Fts5Columns
{
    Body = 1,
    Parts = 2,
    Both = Body | Parts,
}
