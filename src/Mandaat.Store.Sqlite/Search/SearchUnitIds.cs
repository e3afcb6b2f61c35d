using Mandaat.Search.Query;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// A search unit's id (the rowid of its FTS5 row) says which document it belongs to and whether it is
/// the whole document: the document's sequence number in the high bits, the unit's place in the low
/// <see cref="UnitBits"/> bits, 0 for the whole document. So a search can count each document's matching
/// passages and score only the whole-document rows straight from the FTS5 rowids, without looking each
/// of tens of thousands of matches up in search_units (that lookup was half of a common word's search time).
/// </summary>
internal static class SearchUnitIds
{
    public const int UnitBits = 20;

    /// <summary>In SQL: <c>rowid &amp; UnitMask</c> is the unit's place, <c>rowid &gt;&gt; UnitBits</c> the document's number.</summary>
    public const long UnitMask = (1L << UnitBits) - 1;

    /// <summary>The next document's number: one past the highest in use, so numbers are never shared (a removed document's are not reused while a later one exists).</summary>
    public static readonly string NextDocumentSql = $"SELECT IFNULL(MAX(id) >> {UnitBits}, 0) + 1 FROM search_units;";

    /// <summary>Ids for a document's units in order: the whole document gets place 0, every other unit the next place from 1.</summary>
    public static IReadOnlyList<long> For(long document, IEnumerable<string> units)
    {
        var ids = new List<long>();
        var place = 0L;
        foreach (var unit in units)
        {
            var own = unit == SearchUnits.Document ? 0 : ++place;
            if (place > UnitMask)
            {
                throw new StoreException($"a document has more than {UnitMask} passages to index; split it");
            }

            ids.Add((document << UnitBits) | own);
        }

        return ids;
    }
}
