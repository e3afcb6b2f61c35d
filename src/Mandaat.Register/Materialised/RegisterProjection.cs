using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Register.Citations;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Register;

namespace Mandaat.Register.Materialised;

/// <summary>
/// Makes a document's <see cref="RegisterEntry"/> from the document alone, as the store saves it: every reading of
/// its text the register needs (the missions it names, the papers and dates it cites, the operations a decision
/// letter names that no catalogue lists, what each fact's sentence says), so that nothing later reads the text.
/// </summary>
public sealed class RegisterProjection : IRegisterProjection
{
    /// <summary>
    /// Raised when <see cref="RegisterEntry"/> or a rule that reads the text into it changes (a reading, the linker's
    /// evidence, the tagger), so stored entries are made again.
    /// </summary>
    // entry-4: the provisional missions scanned with are kept as keys (id and content) beside those the text names;
    // entry-5: facts of another state or of the whole force are marked (FactReading.Foreign), merged with entry-4.
    private const string Format = "entry-5";

    private const int OpeningLength = 800;

    private readonly MissionCatalog _catalog;

    // The catalogue with the provisional missions a corpus adds, compiled once per set rather than once per document.
    // (Linking with only the missions a text names would give the same links, but a set per text compiles a catalogue per text.)
    private readonly ConcurrentDictionary<string, MissionLinker> _linkers = new(StringComparer.Ordinal);

    private readonly ProvisionalNames _names = new();

    public RegisterProjection(MissionCatalog catalog)
    {
        _catalog = catalog;
        var missions = RegisterStorageJson.Write(catalog.Missions);
        Version = $"{Format}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(missions)))[..16]}";
    }

    /// <summary>The entry format and a hash of the catalogue (the user's missions file included).</summary>
    public string Version { get; }

    public string Project(DocumentDetail document) => RegisterStorageJson.Write(Entry(document, []));

    /// <summary>The entry of a document, its missions found with the catalogue plus <paramref name="provisional"/> (those other documents of the store name).</summary>
    public RegisterEntry Entry(DocumentDetail document, IReadOnlyList<Mission> provisional)
    {
        ArgumentNullException.ThrowIfNull(document);
        var summary = document.Summary;
        var date = DocumentDates.ForMissions(summary.Date, summary.Session, document.Text);
        // Only a letter that decides names an operation as its own subject; a report or debate may name any.
        IReadOnlyList<Mission> own = summary.Kind == DocumentKind.Artikel100 || summary.Kind == DocumentKind.Kennisgeving
            ? ProvisionalMissions.Find(document.Text, _catalog, date)
            : [];
        var scanned = ScanSet(own, provisional);
        var named = _names.In(document.Text, scanned);
        var links = Linker(scanned).Evidence(new DocumentEvidence(summary.Id, summary.Dossier, document.Text, document.Facts) { Date = date });
        var facts = document.Facts.Where(f => f is not QaFact and not SectionFact).ToList();
        return new RegisterEntry(
            summary,
            document.Subject,
            document.Text[..Math.Min(OpeningLength, document.Text.Length)],
            document.Signatories,
            facts,
            facts.Select(f => FactReadings.Of(f, document)).ToList(),
            links,
            CitedDateReader.Read(document).ToList(),
            own,
            scanned.Select(ProvisionalNames.Key).ToList())
        {
            Named = named.Select(ProvisionalNames.Key).ToList(),
            // Read only for a paper that prints no date and has no session: the one that needs it to be placed.
            TextDate = summary.Date is null && summary.Session is null ? TextDates.LatestDay(document.Text) : null,
        };
    }

    /// <summary>
    /// The entry with its links made again for another set of provisional missions, from the document's text and facts
    /// alone: nothing else an entry holds depends on them, so this is <see cref="Entry"/> of the whole document
    /// without reading its sections, questions and versions or reading its facts' sentences again.
    /// </summary>
    public RegisterEntry Relinked(RegisterEntry entry, string text, IReadOnlyList<Fact> facts, IReadOnlyList<Mission> provisional)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var summary = entry.Summary;
        var scanned = ScanSet(entry.Provisional, provisional);
        var named = _names.In(text, scanned);
        var date = DocumentDates.ForMissions(summary.Date, summary.Session, text);
        return entry with
        {
            Links = Linker(scanned).Evidence(new DocumentEvidence(summary.Id, summary.Dossier, text, facts) { Date = date }),
            ScannedWith = scanned.Select(ProvisionalNames.Key).ToList(),
            Named = named.Select(ProvisionalNames.Key).ToList(),
        };
    }

    /// <summary>
    /// The provisional missions a document with these of its own is scanned with, the store's among them: its own
    /// reading of an operation it names itself, then the store's others, ordered by id.
    /// </summary>
    public static IReadOnlyList<Mission> ScanSet(IReadOnlyList<Mission> own, IReadOnlyList<Mission> provisional) =>
        own.Concat(provisional).DistinctBy(m => m.Id).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    /// <summary>Those of <paramref name="missions"/> one of whose names stands in <paramref name="text"/>.</summary>
    internal IReadOnlyList<Mission> NamedIn(string text, IEnumerable<Mission> missions) => _names.In(text, missions);

    // Keyed by the missions' content, not their ids: a mission of one id read from another letter is another linker.
    private MissionLinker Linker(IReadOnlyList<Mission> provisional) =>
        _linkers.GetOrAdd(
            string.Join('\n', provisional.Select(ProvisionalNames.Key)),
            _ => new MissionLinker(provisional.Count == 0 ? _catalog : new MissionCatalog(_catalog.Missions.Concat(provisional))));
}
