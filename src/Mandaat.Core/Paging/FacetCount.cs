namespace Mandaat.Core.Paging;

/// <summary>One value of a facet (a kind's slug, a year, a dossier or mission id) and how many items of the whole listing have it.</summary>
public sealed record FacetCount(string Value, int Count)
{
    /// <summary>Counts the values of a listing's items, most first, then by value (ordinal) so every backend lists ties alike; items without one are left out.</summary>
    public static IReadOnlyList<FacetCount> Of<T>(IEnumerable<T> items, Func<T, string?> value) =>
        [.. items.Select(value).OfType<string>().GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];

    /// <summary>Counts items that may each carry several values (a document in two missions counts for both).</summary>
    public static IReadOnlyList<FacetCount> OfMany<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> values) =>
        Of(items.SelectMany(i => values(i).Distinct(StringComparer.Ordinal)), v => v);
}
