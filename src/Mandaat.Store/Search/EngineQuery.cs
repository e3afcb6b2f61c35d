using System.Data.Common;
using Mandaat.Core;
using Mandaat.Search.Query;

namespace Mandaat.Store.Search;

/// <summary>
/// The one step a backend supplies to <see cref="SearchFlow"/>: its engine's query. It applies the filters
/// before ranking, requires the query to hold for the whole document unless a unit is asked for, and
/// answers one row per document (per question for the question unit) with the best passage's BM25; a query
/// the engine cannot search for (no words left) is a failed outcome.
/// </summary>
public delegate Task<Outcome<IReadOnlyList<UnitMatch>>> EngineQuery(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken);
