using Mandaat.Core.Facts;

namespace Mandaat.Missions;

/// <summary>
/// Decides which missions each document concerns. Evidence, strongest first: the mission's names in
/// the text and the facts' mission tags (twice, or once beside one of its regions or in one of its dossiers); a dossier
/// that belongs to one mission only; the region a dated document names twice, read as the mission running
/// there at its date; and, for a document that names no mission, the missions of the documents it cites or
/// that cite it, when it shares their dossier. Missions are ranked by their mentions, one named in the paper's opening
/// (its title, kind and first sentence) before one its body names more often.
/// </summary>
public sealed class MissionLinker(MissionCatalog catalog)
{
    private const int MentionsNeeded = 2;

    // How much of a paper's text is its opening: a Kamerstuk's dossier title, number, kind and first sentence.
    private const int OpeningLength = 600;

    // What naming a mission in the opening adds to its mentions when missions are ranked.
    private const int OpeningWeight = 2;

    /// <summary>Document id → the catalogue missions it concerns, strongest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Link(IReadOnlyList<DocumentEvidence> documents) =>
        Link(documents.Select(Evidence).ToList());

    /// <summary>
    /// What one document alone says of its missions (<see cref="LinkEvidence"/>): made when the document is stored, so
    /// that linking a whole store later reads no text.
    /// </summary>
    public LinkEvidence Evidence(DocumentEvidence document) => new(document.Id, document.Dossier, Direct(document), [.. Cited(document)]);

    /// <summary>Document id → the missions it concerns, strongest first, from each document's own evidence and its neighbours'.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Link(IReadOnlyList<LinkEvidence> documents)
    {
        var links = documents.ToDictionary(d => d.Id, d => d.Direct.ToList(), StringComparer.Ordinal);
        var cites = documents.ToDictionary(d => d.Id, d => d.Cited, StringComparer.Ordinal);
        var citedBy = documents.SelectMany(d => d.Cited.Select(c => (Cited: c, By: d.Id))).ToLookup(c => c.Cited, c => c.By, StringComparer.Ordinal);
        foreach (var document in documents.Where(d => links[d.Id].Count == 0))
        {
            var id = document.Id;
            var neighbours = cites[id].Concat(citedBy[id]);
            links[id] = neighbours.Where(links.ContainsKey)
                .SelectMany(n => links[n])
                .Where(m => document.Dossier is null || InDossier(m, document.Dossier))
                .GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        }

        return links.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value, StringComparer.Ordinal);
    }

    private List<string> Direct(DocumentEvidence document)
    {
        var mentions = catalog.Mentions(document.Text, document.Date).ToList();
        var counts = mentions
            .GroupBy(m => m.Mission.Id)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // A mission the paper's opening names (its title, subject or first sentence: "vragen … inzake … Atalanta van de
        // EU en Ocean Shield van de Navo") is what the paper is about, however often its body names another.
        var opening = mentions.Where(m => m.Offset < OpeningLength).Select(m => m.Mission.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var tag in document.Facts.SelectMany(f => f.Missions ?? []).Distinct())
        {
            counts.TryAdd(tag, 1);
        }

        // A mission named once where the text also names its place ("Patriotmissie in Turkije") is as good as twice.
        var placed = counts.Values.Any(c => c == 1) ? catalog.MissionsPlacedIn(document.Text) : new HashSet<string>();
        var dossier = document.Dossier;
        var linked = counts.Where(c => c.Value >= MentionsNeeded || placed.Contains(c.Key) || (dossier is not null && InDossier(c.Key, dossier)))
            .OrderByDescending(c => c.Value + (opening.Contains(c.Key) ? OpeningWeight : 0)).ThenByDescending(c => Running(c.Key, document.Date)).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
        if (linked.Count == 0 && dossier is not null)
        {
            var owners = catalog.Missions.Where(m => m.Dossiers.Contains(dossier)).ToList();
            if (owners.Count == 1)
            {
                linked.Add(owners[0].Id);
            }
        }

        if (linked.Count == 0)
        {
            // A paper on "de situatie in Kosovo" or "Tsjaad" names its deployment by place only.
            linked.AddRange(catalog.RegionMentions(document.Text, document.Date).Where(r => r.Count >= MentionsNeeded).Take(1).Select(r => r.Mission.Id));
        }

        return linked;
    }

    // Of two missions named as often, the one running at the document's date is the more likely subject.
    private bool Running(string missionId, DateOnly? date) =>
        date is { } day && catalog.Missions.FirstOrDefault(m => m.Id == missionId)?.Period.Contains(day) == true;

    private bool InDossier(string missionId, string dossier) =>
        catalog.Missions.FirstOrDefault(m => m.Id == missionId)?.Dossiers.Contains(dossier) == true;

    private static HashSet<string> Cited(DocumentEvidence document) =>
        document.Facts.OfType<ReferenceFact>()
            .Where(r => r.Dossier is not null && r.Number is not null)
            .Select(r => $"kst-{r.Dossier}-{r.Number}")
            .Where(id => id != document.Id)
            .ToHashSet(StringComparer.Ordinal);
}
