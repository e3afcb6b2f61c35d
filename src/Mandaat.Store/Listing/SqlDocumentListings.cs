using System.Data.Common;
using System.Globalization;
using Dapper;
using Mandaat.Core.Documents;
using Mandaat.Core.Paging;
using Mandaat.Store.Rows;

namespace Mandaat.Store.Listing;

/// <summary>
/// <see cref="DocumentListings"/> in SQL, for both backends: the page by LIMIT/OFFSET, the total by COUNT, the facets
/// by GROUP BY, so a listing reads one page of rows however large the store. What differs between the backends
/// (the id set, the year, case folding) comes from the <see cref="StoreDialect"/>. It answers exactly what the
/// in-memory listing answers (a contract test compares the two on both backends).
/// </summary>
public static class SqlDocumentListings
{
    public static async Task<DocumentListing> PageAsync(DbConnection connection, DocumentQuery query, PageRequest page, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(dialect);
        var (where, parameters) = Filter(query, dialect);
        var direction = query.Order == DocumentOrder.Oldest ? string.Empty : " DESC";
        parameters.Add("Take", page.Size);
        parameters.Add("Skip", page.Skip);
        var items = await DocumentRows.SummariesAsync(
            connection,
            $"""
            SELECT {DocumentRows.SummaryColumns} FROM documents WHERE {where}
            ORDER BY date IS NULL, date{direction}, id{dialect.OrdinalOrder} LIMIT @Take OFFSET @Skip;
            """,
            parameters,
            dialect,
            cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(Command($"SELECT COUNT(*) FROM documents WHERE {where};"));
        var kinds = await connection.QueryAsync<(string Value, long Count)>(Command(
            $"SELECT kind, COUNT(*) FROM documents WHERE {where} GROUP BY kind;"));
        var years = await connection.QueryAsync<(long Value, long Count)>(Command(
            $"SELECT {dialect.YearOf("date")}, COUNT(*) FROM documents WHERE {where} AND date IS NOT NULL GROUP BY {dialect.YearOf("date")};"));
        var dossiers = await connection.QueryAsync<(string Value, long Count)>(Command(
            $"SELECT dossier, COUNT(*) FROM documents WHERE {where} AND dossier IS NOT NULL GROUP BY dossier;"));
        return new DocumentListing(
            new Paged<DocumentSummary>(items, (int)total, page),
            Facets(kinds),
            Facets(years.Select(y => (y.Value.ToString(CultureInfo.InvariantCulture), y.Count))),
            Facets(dossiers));

        CommandDefinition Command(string sql) => new(sql, parameters, cancellationToken: cancellationToken);
    }

    /// <summary>The dossiers, the one with the latest paper first (undated last, ties by number); papers without a dossier are left out.</summary>
    public static async Task<Paged<DossierSummary>> DossiersAsync(DbConnection connection, PageRequest page, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(dialect);
        const string WithDossier = "dossier IS NOT NULL AND dossier <> ''";
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(DISTINCT dossier) FROM documents WHERE {WithDossier};", cancellationToken: cancellationToken));
        var spans = (await connection.QueryAsync<DossierRow>(new CommandDefinition(
            $"""
            SELECT dossier, COUNT(*) AS documents, MIN(date) AS first, MAX(date) AS last FROM documents WHERE {WithDossier}
            GROUP BY dossier ORDER BY MAX(date) IS NULL, MAX(date) DESC, dossier{dialect.OrdinalOrder} LIMIT @Take OFFSET @Skip;
            """,
            new { Take = page.Size, Skip = page.Skip },
            cancellationToken: cancellationToken))).ToList();
        if (spans.Count == 0)
        {
            return new Paged<DossierSummary>([], (int)total, page);
        }

        // The page's dossiers only: the title of each one's earliest paper and the counts of its kinds.
        var onPage = new { Dossiers = dialect.IdSetParameter(spans.Select(s => s.dossier)) };
        var titles = (await connection.QueryAsync<(string Dossier, string Title)>(new CommandDefinition(
            $"""
            SELECT dossier, title FROM (
                SELECT dossier, title, ROW_NUMBER() OVER (PARTITION BY dossier ORDER BY date IS NULL, date, id{dialect.OrdinalOrder}) AS position
                FROM documents WHERE {dialect.InIdSet("dossier", "@Dossiers")}) AS earliest
            WHERE position = 1;
            """,
            onPage,
            cancellationToken: cancellationToken))).ToDictionary(t => t.Dossier, t => t.Title, StringComparer.Ordinal);
        var kinds = (await connection.QueryAsync<(string Dossier, string Kind, long Count)>(new CommandDefinition(
            $"SELECT dossier, kind, COUNT(*) FROM documents WHERE {dialect.InIdSet("dossier", "@Dossiers")} GROUP BY dossier, kind;",
            onPage,
            cancellationToken: cancellationToken))).ToLookup(k => k.Dossier, StringComparer.Ordinal);
        return new Paged<DossierSummary>(
            [.. spans.Select(s => new DossierSummary(
                s.dossier, titles[s.dossier], (int)s.documents, dialect.Day(s.first), dialect.Day(s.last), Facets(kinds[s.dossier].Select(k => (k.Kind, k.Count)))))],
            (int)total,
            page);
    }

    private static (string Where, DynamicParameters Parameters) Filter(DocumentQuery query, StoreDialect dialect)
    {
        var conditions = new List<string> { "1 = 1" };
        var parameters = new DynamicParameters();
        if (query.Kind is { } kind)
        {
            conditions.Add("kind = @Kind");
            parameters.Add("Kind", kind.Slug);
        }

        if (query.Dossier is { } dossier)
        {
            conditions.Add(dialect.EqualsIgnoringCase("dossier", "@Dossier"));
            parameters.Add("Dossier", dossier);
        }

        if (query.Year is { } year)
        {
            // A range on the date column rather than its year, so the date index serves it.
            conditions.Add(year is >= 1 and <= 9999 ? "date >= @From AND date <= @Until" : "1 = 0");
            if (year is >= 1 and <= 9999)
            {
                parameters.Add("From", dialect.DayParameter(new DateOnly(year, 1, 1)));
                parameters.Add("Until", dialect.DayParameter(new DateOnly(year, 12, 31)));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Title))
        {
            conditions.Add(dialect.ContainsIgnoringCase("title", "@Title"));
            parameters.Add("Title", query.Title.Trim());
        }

        if (query.Within is { } within)
        {
            conditions.Add(dialect.InIdSet("id", "@Within"));
            parameters.Add("Within", dialect.IdSetParameter(within));
        }

        return (string.Join(" AND ", conditions), parameters);
    }

    /// <summary>Most first, then by value (ordinal), as <see cref="FacetCount.Of"/> orders them.</summary>
    private static List<FacetCount> Facets(IEnumerable<(string Value, long Count)> counts) =>
        [.. counts.Select(c => new FacetCount(c.Value, (int)c.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];

#pragma warning disable IDE1006, CA1812 // Properties mirror column names; Dapper creates the rows.
    private sealed class DossierRow
    {
        public string dossier { get; set; } = string.Empty;

        public long documents { get; set; }

        public object? first { get; set; }

        public object? last { get; set; }
    }
#pragma warning restore IDE1006, CA1812
}
