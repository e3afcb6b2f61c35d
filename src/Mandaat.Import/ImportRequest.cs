namespace Mandaat.Import;

/// <summary>What <c>mandaat import</c> was asked for: selections, the sources' base addresses and how to fetch.</summary>
public sealed record ImportRequest
{
    /// <summary>Dossier numbers, with a suffix when the dossier has one ("29521", "36600-X").</summary>
    public IReadOnlyList<string> Dossiers { get; init; } = [];

    /// <summary>Papers by id: a Kamerstuk id (kst-29521-349) or a Gegevensmagazijn Document id (a GUID).</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    public DateOnly? Since { get; init; }

    /// <summary>Fetch only what changed since each selection's last complete import.</summary>
    public bool Update { get; init; }

    /// <summary>Never touch the network: answer from the download cache alone.</summary>
    public bool Offline { get; init; }

    public Uri TkBase { get; init; } = new("https://gegevensmagazijn.tweedekamer.nl");

    /// <summary>officielebekendmakingen's base address: a publication is <c>/{id}.xml</c>, its metadata <c>/{id}/metadata.xml</c>.</summary>
    public Uri ObBase { get; init; } = new("https://zoek.officielebekendmakingen.nl");

    /// <summary>KOOP's SRU search: repository.overheid.nl's, or <c>/sru</c> on the base a mirror or test server gives with --ob-url.</summary>
    public Uri ObSru { get; init; } = new("https://repository.overheid.nl/sru");

    /// <summary>Where downloads are kept, so a re-import works offline.</summary>
    public required string CacheFolder { get; init; }

    /// <summary>How the operators of the sources can reach whoever runs the import (an address or URL), sent in the User-Agent.</summary>
    public string? Contact { get; init; }

    /// <summary>Requests a second at most.</summary>
    public double RequestsPerSecond { get; init; } = 4;

    /// <summary>How long one request may take before it is given up (and retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of one request after a 429, a 5xx, a timeout or a broken body.</summary>
    public int Retries { get; init; } = 4;

    /// <summary>The first back-off; doubled at each retry unless the server's Retry-After says otherwise.</summary>
    public TimeSpan BackOff { get; init; } = TimeSpan.FromSeconds(1);
}
