using System.Globalization;

namespace Mandaat.Import;

/// <summary>One selection of officielebekendmakingen as a CQL query of KOOP's SRU search (FORMATS.md §2d), and its checkpoint key.</summary>
public sealed record ObSelection(string Key, string Query)
{
    public static ObSelection Dossier(string dossier, DateOnly? since)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossier);
        var query = $"c.product-area==officielepublicaties AND w.dossiernummer=={dossier} AND w.publicatienaam=Kamerstuk";
        if (since is { } day)
        {
            query += $" AND dt.date>={day:yyyy-MM-dd}";
        }

        return new($"ob:dossier:{dossier}:since:{since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "any"}", query);
    }

    /// <summary>One publication by its KOOP identifier (kst-29521-349).</summary>
    public static ObSelection Document(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!id.StartsWith("kst-", StringComparison.Ordinal) || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{id}' is not a KOOP identifier (kst-29521-349)");
        }

        return new($"ob:document:{id}", $"dt.identifier=={id}");
    }

    /// <summary>One page of the search: SRU counts from 1.</summary>
    public Uri Page(Uri sru, int start, int size)
    {
        ArgumentNullException.ThrowIfNull(sru);
        return new Uri($"{sru.AbsoluteUri.TrimEnd('/')}?operation=searchRetrieve&version=2.0&query={Uri.EscapeDataString(Query)}&startRecord={start}&maximumRecords={size}&httpAccept=application/xml");
    }
}
