namespace Mandaat.Store;

/// <summary>
/// What an official source (the Tweede Kamer's Gegevensmagazijn, officielebekendmakingen) says about a paper,
/// stored as such beside what the text says about itself: the source's metadata wins for the document's
/// identification, and <see cref="Text"/> keeps the text's own so a disagreement can be shown, not hidden.
/// </summary>
public sealed record OfficialRecord
{
    /// <summary>"tk" (Gegevensmagazijn) or "ob" (officielebekendmakingen).</summary>
    public required string Source { get; init; }

    /// <summary>The source's own id of the paper: the Gegevensmagazijn's Document Id, or the KOOP identifier (kst-29521-349).</summary>
    public required string SourceId { get; init; }

    /// <summary>What changes when the source publishes the paper again (its version number or change time); a new revision is a new version.</summary>
    public required string Revision { get; init; }

    /// <summary>The official address a reader can open.</summary>
    public required string Url { get; init; }

    public string? Dossier { get; init; }

    public string? Number { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The source's kind of paper ("Brief regering", "Kamerstuk").</summary>
    public string? Soort { get; init; }

    public string? Subject { get; init; }

    /// <summary>The source's version number of the paper, when it gives one (DocumentVersie).</summary>
    public int? Version { get; init; }

    /// <summary>Further ids the source gives (Documentnummer, the dossier's id), name to value.</summary>
    public IReadOnlyDictionary<string, string> Ids { get; init; } = new Dictionary<string, string>();

    /// <summary>The text's own identification, kept beside the metadata that replaced it.</summary>
    public TextIdentification? Text { get; init; }
}

/// <summary>What a paper's text says about itself: the fields identification read from it.</summary>
public sealed record TextIdentification(string? Dossier, string? Number, DateOnly? Date, string? Subject);
