using Mandaat.Core.Facts;
using Mandaat.Register.Corpus;

namespace Mandaat.Register.Citations;

/// <summary>
/// Which stored papers cite a paper by its dossier and number (a reference fact "Kamerstuk 27 925, nr. 900"): the
/// document page's "cited by", found in O(its citations) instead of reading every reference fact of the store. Made
/// with the register's snapshots from the entries (their facts), kept as one snapshot, read once per stamp.
/// Dossier and number compare as the page compared them: spaces left out, case ignored.
/// </summary>
public sealed class CitingPapers
{
    private readonly Dictionary<string, List<string>> _byCited;

    private CitingPapers(Dictionary<string, List<string>> byCited) => _byCited = byCited;

    /// <summary>What is stored: each cited paper's key with the citing documents in the corpus's order, each once.</summary>
    public IReadOnlyDictionary<string, List<string>> Stored => _byCited;

    public static CitingPapers From(IReadOnlyDictionary<string, List<string>> stored) =>
        new(new Dictionary<string, List<string>>(stored, StringComparer.OrdinalIgnoreCase));

    public static CitingPapers Build(RegisterCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var byCited = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in corpus.Documents.SelectMany(d => d.Detail.Facts).OfType<ReferenceFact>())
        {
            if (Key(reference.Dossier, reference.Number) is not { } key || reference.Citation?.Document is not { } by)
            {
                continue;
            }

            if (!byCited.TryGetValue(key, out var citing))
            {
                byCited[key] = citing = [];
            }

            if (!citing.Contains(by, StringComparer.Ordinal))
            {
                citing.Add(by);
            }
        }

        return new CitingPapers(byCited);
    }

    /// <summary>The documents citing the paper of this dossier and number (itself included when it cites itself); empty without both.</summary>
    public IReadOnlyList<string> Of(string? dossier, string? number) =>
        Key(dossier, number) is { } key && _byCited.TryGetValue(key, out var citing) ? citing : [];

    private static string? Key(string? dossier, string? number) =>
        dossier is null || number is null ? null : $"{Bare(dossier)}|{Bare(number)}";

    private static string Bare(string value) => value.Replace(" ", string.Empty, StringComparison.Ordinal);
}
