namespace Mandaat.Register.Citations;

/// <summary>
/// A date printed with a citation of a Kamerstuk ("brief van 24 september 2014 (Kamerstuk 27 925, nr. 506)",
/// "nr. 755 d.d. 20 november 2020"): what the citing document says the cited paper's date is. Read from a stored
/// document (<see cref="CitedDateReader.Read(Store.DocumentDetail)"/>), it keeps the whole sentence it stands in and
/// its page, which a conflict over the cited paper's date shows.
/// </summary>
public sealed record CitedDate(string CitingDocument, string Dossier, string Number, DateOnly Date, string Quote)
{
    public string? Sentence { get; init; }

    public int? Page { get; init; }

    /// <summary>The store id the cited paper has (CLI.md: kst-DOSSIER-NUMBER).</summary>
    public string CitedId => $"kst-{Dossier}-{Number}";
}
