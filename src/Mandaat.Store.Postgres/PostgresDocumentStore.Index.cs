using Dapper;
using Mandaat.Store.Indexing;
using Mandaat.Store.Postgres.Search;
using Mandaat.Store.Rows;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    /// <summary>
    /// Writes a document's search passages with the terms of Mandaat's analyzer (as <see cref="TsVectorText"/>), the
    /// same terms the SQLite index holds, so both backends match alike. The terms the pipeline brought are used
    /// when they are these very passages', else the text is analysed here, once (<see cref="PassageAnalysis"/>).
    /// </summary>
    private async Task InsertSearchUnitsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DocumentRecord r, IReadOnlyList<AnalyzedUnit>? analysed, CancellationToken cancellationToken)
    {
        var units = SearchPassages.Of(r);
        var terms = analysed is not null && analysed.Count == units.Count && units.Select((u, i) => Same(u, analysed[i])).All(same => same)
            ? analysed
            : PassageAnalysis.Of(r.Id, r.Text, units, _analyzer);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO search_units (document_id, unit, number, span_start, span_end, body, terms, tokens)
            SELECT @id, u, n, s, e, b, t::tsvector, k FROM unnest(@units, @numbers, @starts, @ends, @bodies, @terms, @tokens) AS x(u, n, s, e, b, t, k);
            """,
            new
            {
                id = r.Id,
                units = units.Select(u => u.Unit).ToArray(),
                numbers = units.Select(u => u.Number).ToArray(),
                starts = units.Select(u => u.Start).ToArray(),
                ends = units.Select(u => u.End).ToArray(),
                bodies = units.Select(u => u.Text).ToArray(),
                terms = terms.Select(TsVectorText.Of).ToArray(),
                // Each passage's length for BM25, counted as the SQLite index counts it: every term and every part.
                tokens = terms.Select(u => Words(u.Body) + Words(u.Parts)).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Indexes every stored document again, inside the migration's transaction: schema version 8 emptied the index
    /// because its terms came from PostgreSQL's stemmer, not from Mandaat's analyzer.
    /// </summary>
    private async Task IndexAgainAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var id in await DocumentRows.IdsAsync(connection, PostgresDialect.Instance, cancellationToken))
        {
            if (await DocumentRows.ReadAsync(connection, id, PostgresDialect.Instance, cancellationToken) is { } record)
            {
                await InsertSearchUnitsAsync(connection, transaction, record, analysed: null, cancellationToken);
            }
        }
    }

    private static bool Same(SearchPassage passage, AnalyzedUnit unit) =>
        passage.Unit == unit.Unit && passage.Number == unit.Number && passage.Start == unit.Start && passage.End == unit.End;

    // Terms and parts are joined by single spaces and never hold one themselves.
    private static int Words(string joined) => joined.Length == 0 ? 0 : joined.Count(c => c == ' ') + 1;
}
