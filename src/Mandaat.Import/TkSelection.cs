using System.Globalization;
using System.Text.RegularExpressions;

namespace Mandaat.Import;

/// <summary>One selection of the Gegevensmagazijn (a dossier, or one paper) as an OData filter, and the key its checkpoint is kept under.</summary>
public sealed partial record TkSelection(string Key, string Filter)
{
    public static TkSelection Dossier(string dossier, DateOnly? since)
    {
        var (number, suffix) = Split(dossier);
        var filter = $"Kamerstukdossier/any(d: d/Nummer eq {number}{(suffix is null ? string.Empty : $" and d/Toevoeging eq '{suffix.Replace("'", "''", StringComparison.Ordinal)}'")})";
        if (since is { } day)
        {
            filter += $" and Datum ge {day:yyyy-MM-dd}T00:00:00Z";
        }

        return new($"tk:dossier:{dossier}:since:{since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "any"}", filter);
    }

    /// <summary>A paper by its Kamerstuk id (kst-29521-349, kst-36600-X-5) or by its Gegevensmagazijn Document id.</summary>
    public static TkSelection Document(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Guid.TryParse(id, out var guid))
        {
            return new($"tk:document:{guid}", $"Id eq {guid}");
        }

        var match = KamerstukId().Match(id.Trim());
        if (!match.Success)
        {
            throw new ArgumentException($"'{id}' is neither a Kamerstuk id (kst-29521-349) nor a Gegevensmagazijn Document id (a GUID)");
        }

        var dossier = Dossier(match.Groups["dossier"].Value, null).Filter;
        return new($"tk:document:{id.Trim()}", $"{dossier} and Volgnummer eq {match.Groups["number"].Value}");
    }

    /// <summary>The listing's first page: the filter with soft-deleted rows left out (or only those, to honour deletions).</summary>
    public Uri FirstPage(Uri tkBase, DateTimeOffset? changedSince, bool deleted)
    {
        ArgumentNullException.ThrowIfNull(tkBase);
        var filter = $"Verwijderd eq {(deleted ? "true" : "false")} and {Filter}";
        if (changedSince is { } since)
        {
            filter += $" and GewijzigdOp ge {since.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}";
        }

        return new Uri(tkBase, $"/OData/v4/2.0/Document?$filter={Uri.EscapeDataString(filter)}&$expand=Kamerstukdossier,HuidigeDocumentVersie&$orderby=Datum,Id");
    }

    /// <summary>The listing of those of <paramref name="ids"/> that belong to the selection (and are not deleted): what a feed page changed.</summary>
    public Uri Of(Uri tkBase, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(tkBase);
        var anyOf = string.Join(" or ", ids.Select(id => $"Id eq {(Guid.TryParse(id, out var guid) ? guid.ToString() : throw new SourceException($"the feed names an entity '{id}' that is no Gegevensmagazijn id"))}"));
        var filter = $"Verwijderd eq false and {Filter} and ({anyOf})";
        return new Uri(tkBase, $"/OData/v4/2.0/Document?$filter={Uri.EscapeDataString(filter)}&$expand=Kamerstukdossier,HuidigeDocumentVersie&$orderby=Datum,Id");
    }

    private static (string Number, string? Suffix) Split(string dossier)
    {
        var dash = dossier.IndexOf('-', StringComparison.Ordinal);
        var number = dash < 0 ? dossier : dossier[..dash];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException($"'{dossier}' is not a dossier number (29521, 36600-X)");
        }

        return (number, dash < 0 ? null : dossier[(dash + 1)..]);
    }

    [GeneratedRegex(@"^kst-(?<dossier>\d+(?:-[A-Za-z0-9]+)?)-(?<number>\d+)$")]
    private static partial Regex KamerstukId();
}
