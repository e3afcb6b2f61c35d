using Dapper;
using Mandaat.Store.Register;
using Npgsql;

namespace Mandaat.Store.Postgres.Search;

/// <summary>
/// What BM25 needs beside a unit's own terms: how many whole documents and passages there are with their mean
/// length, and per leaf of a query how many of each hold it. Counting them means reading every unit (the totals)
/// or every unit that holds a word (a common word's tens of thousands), which cost more than the rest of a search;
/// FTS5 keeps them in its index, PostgreSQL does not. So they are counted once and kept for as long as the store's
/// documents stay the same: the store's change counter (<c>register_generation</c>, raised by every transaction
/// that saves, replaces or removes a document, in any process) names the state they were counted in.
/// </summary>
internal sealed class SearchStatistics
{
    // Leaves counted in one state of the store, kept up to this many (the most a busy day of searches would ask).
    private const int MaxLeaves = 20_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LeafHits> _leaves = new(StringComparer.Ordinal);
    private long _generation = -1;
    private CorpusTotals? _totals;

    /// <summary>The totals and each leaf's hits for the store as it is now, counting only what this state has not counted yet.</summary>
    /// <param name="leaves">Each leaf's SQL (over the parameters) and its key: the tsquery text it stands for.</param>
    public async Task<(CorpusTotals Totals, IReadOnlyList<LeafHits> Hits)> ForAsync(
        NpgsqlConnection connection, IReadOnlyList<(string Sql, string Key)> leaves, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var generation = await RegisterRows.GenerationAsync(connection, cancellationToken);
        CorpusTotals? totals;
        List<(string Sql, string Key)> missing;
        lock (_gate)
        {
            if (generation != _generation)
            {
                (_generation, _totals) = (generation, null);
                _leaves.Clear();
            }

            totals = _totals;
            missing = [.. leaves.Where(l => !_leaves.ContainsKey(l.Key)).DistinctBy(l => l.Key)];
        }

        totals ??= await connection.QuerySingleAsync<CorpusTotals>(new CommandDefinition(TotalsSql, cancellationToken: cancellationToken));
        var counted = missing.Count == 0 ? [] : await CountAsync(connection, missing, parameters, cancellationToken);
        lock (_gate)
        {
            if (generation == _generation)
            {
                _totals = totals;
                if (_leaves.Count + counted.Count > MaxLeaves)
                {
                    _leaves.Clear();
                }

                foreach (var (key, hits) in counted)
                {
                    _leaves[key] = hits;
                }
            }

            return (totals, [.. leaves.Select(l => counted.TryGetValue(l.Key, out var hits) ? hits : _leaves.GetValueOrDefault(l.Key) ?? new LeafHits(0, 0))]);
        }
    }

    private static async Task<Dictionary<string, LeafHits>> CountAsync(
        NpgsqlConnection connection, IReadOnlyList<(string Sql, string Key)> leaves, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", leaves.Select(leaf =>
            $"count(*) FILTER (WHERE unit = 'document' AND terms @@ {leaf.Sql})::float8, count(*) FILTER (WHERE unit <> 'document' AND terms @@ {leaf.Sql})::float8"));
        var sql = $"SELECT {columns} FROM search_units WHERE terms @@ ({string.Join(" || ", leaves.Select(l => l.Sql))});";
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        await reader.ReadAsync(cancellationToken);
        return leaves.Select((leaf, i) => (leaf.Key, Hits: new LeafHits(reader.GetDouble(2 * i), reader.GetDouble((2 * i) + 1))))
            .ToDictionary(x => x.Key, x => x.Hits, StringComparer.Ordinal);
    }

    private const string TotalsSql = """
        SELECT count(*) FILTER (WHERE unit = 'document')::float8 AS Documents,
               COALESCE(avg(tokens) FILTER (WHERE unit = 'document'), 1)::float8 AS DocumentAvgdl,
               count(*) FILTER (WHERE unit <> 'document')::float8 AS Passages,
               COALESCE(avg(tokens) FILTER (WHERE unit <> 'document'), 1)::float8 AS PassageAvgdl
        FROM search_units;
        """;
}

/// <summary>How many whole documents and passages there are, and their mean length in the analyzer's tokens.</summary>
internal sealed record CorpusTotals(double Documents, double DocumentAvgdl, double Passages, double PassageAvgdl);

/// <summary>How many whole documents and how many passages hold a leaf of a query.</summary>
internal sealed record LeafHits(double Documents, double Passages);
