namespace Mandaat.Bench;

/// <summary>
/// Realistic Dutch queries a reader of the artikel 100 record would type: missions, places, units,
/// and the words of the letters. Plain words only, so the raw FTS5 baseline can run the same text.
/// </summary>
public static class BenchQueries
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Mali", "Afghanistan", "Irak", "Syrië", "Erbil", "KDC-10", "F-16", "militairen",
        "uitzending", "mandaat", "veiligheid", "Kamer", "minister Defensie", "coalitie",
        "trainingsmissie", "risico", "kosten", "evaluatie", "Verenigde Naties", "NAVO",
        "bijdrage", "verlenging", "personeel", "inlichtingen", "beveiliging",
    ];
}
