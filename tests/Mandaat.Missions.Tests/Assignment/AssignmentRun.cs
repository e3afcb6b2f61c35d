using Mandaat.Pipeline;

namespace Mandaat.Missions.Tests.Assignment;

/// <summary>
/// Runs the real pipeline over the gold table's documents, then links each folder as one corpus, as the register
/// links a store (<see cref="MissionLinker"/> over every document), and scores the links.
/// </summary>
public static class AssignmentRun
{
    public static AssignmentScore Score(MissionCatalog catalog) => Score(catalog, AssignedDocument.ReadGold());

    public static AssignmentScore Score(MissionCatalog catalog, IReadOnlyList<AssignedDocument> gold) =>
        AssignmentScore.Of(gold, Link(catalog, gold));

    /// <summary>The missions each gold document is linked to, strongest first.</summary>
    public static IReadOnlyDictionary<AssignedDocument, IReadOnlyList<string>> Link(MissionCatalog catalog, IReadOnlyList<AssignedDocument> gold)
    {
        var processor = DefaultPipeline.CreateProcessor(catalog);
        var linked = new Dictionary<AssignedDocument, IReadOnlyList<string>>();
        foreach (var set in gold.GroupBy(d => d.Set))
        {
            var evidence = new Dictionary<string, AssignedDocument>(StringComparer.Ordinal);
            var documents = new List<DocumentEvidence>();
            foreach (var document in set)
            {
                var processed = processor.Process(File.ReadAllBytes(document.TextPath), document.TextPath).Value;
                // Two copies of one Kamerstuk share its id; the second keeps its file name so both are scored.
                var id = evidence.ContainsKey(processed.Id) ? document.Name : processed.Id;
                evidence[id] = document;
                documents.Add(new DocumentEvidence(id, processed.Identity.Dossier, processed.Text.Text, processed.Facts) { Date = DocumentDates.ForMissions(processed.Identity.Date, processed.Identity.Session, processed.Text.Text) });
            }

            foreach (var (id, missions) in new MissionLinker(catalog).Link(documents))
            {
                linked[evidence[id]] = missions;
            }
        }

        return linked;
    }
}
