using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Register.Corpus;
using Mandaat.Register.Materialised;
using Mandaat.Register.Timeline;
using Mandaat.Store;

namespace Mandaat.Register.Missions;

/// <summary>
/// The mission register: per catalogue mission the documents that concern it, first and last date,
/// status, components over time with the letter that stated each, conflicts, and the timeline.
/// Works only through <see cref="IDocumentStore"/>: <see cref="ListAsync"/> and <see cref="GetAsync"/> read the
/// register the store keeps (<see cref="MaterialisedRegister"/>); <see cref="LoadAsync"/> reads every document whole.
/// The clock decides "active".
/// </summary>
public sealed class MissionRegister(MissionCatalog catalog, TimeProvider clock)
{
    public MissionRegister(MissionCatalog catalog)
        : this(catalog, TimeProvider.System)
    {
    }

    private MaterialisedRegister? _materialised;

    /// <summary>The register as the store keeps it, on this register's catalogue and clock.</summary>
    public MaterialisedRegister Materialised => _materialised ??= new MaterialisedRegister(catalog, clock);

    /// <summary>Every stored document read whole, linked as the store's entries link them: the reference the register and exports are tested against.</summary>
    public Task<RegisterCorpus> LoadAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        new CorpusLoader(catalog).LoadAsync(store, cancellationToken);

    /// <summary>Every mission with at least one document, earliest first.</summary>
    public Task<IReadOnlyList<MissionSummary>> ListAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        Materialised.MissionsAsync(store, cancellationToken);

    /// <summary>The missions list with a document's missions and a mission by id, made once per state of the store's register.</summary>
    public Task<MissionList> IndexAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        Materialised.IndexAsync(store, cancellationToken);

    /// <summary>One mission by catalogue id or any of its names, or a provisional one of the store; null when there is no such mission.</summary>
    public Task<MissionDetail?> GetAsync(IDocumentStore store, string idOrName, CancellationToken cancellationToken) =>
        Materialised.MissionAsync(store, idOrName, cancellationToken);

    /// <summary>The catalogue's mission by id or name, else the corpus's provisional one.</summary>
    public Mission? Find(RegisterCorpus corpus, string idOrName) =>
        catalog.Find(idOrName.Trim()) ?? new MissionCatalog(corpus.Provisional).Find(idOrName.Trim());

    public IReadOnlyList<MissionDetail> All(RegisterCorpus corpus) =>
        catalog.Missions.Concat(corpus.Provisional).Where(m => corpus.Documents.Any(d => d.Concerns(m.Id)))
            .Select(m => Build(corpus, m))
            .OrderBy(m => m.Mission.First is null).ThenBy(m => m.Mission.First).ThenBy(m => m.Mission.Id, StringComparer.Ordinal)
            .ToList();

    public MissionDetail Build(RegisterCorpus corpus, Mission mission)
    {
        var documents = RegisterCorpus.InTimeOrder(corpus.Documents.Where(d => d.Concerns(mission.Id))).ToList();
        var roles = LetterRoles.For(documents);
        var components = ComponentCollector.Collect(mission.Id, documents, roles);
        var conflicts = ConflictFinder.Find(components, corpus, documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        // A letter that names "zes F-16's" five times states one component: shown once, counted (conflicts) by every mention.
        var stated = components.DistinctBy(c => (c.Kind, c.Label, c.Value, c.Document)).ToList();
        var timeline = TimelineBuilder.Build(mission.Id, documents, roles, stated);
        var decisions = DecisionStates.For(components, documents.Select(d => (d.Id, d.Date, roles[d.Id])).ToList());
        // First, last and undated count printed and cited dates only: an inferred date orders a paper, it does not date the mission.
        var dated = documents.Where(d => d.KnownDate is not null).Select(d => d.KnownDate!.Value).ToList();
        var mandateEnd = MandateEnd(components, decisions);
        var (status, statusSource) = Status(mission, documents, roles, mandateEnd, decisions);
        var summary = new MissionSummary(
            mission.Id,
            mission.Name,
            mission.Aliases,
            documents.Select(d => d.Id).ToList(),
            dated.Count > 0 ? dated.Min() : null,
            dated.Count > 0 ? dated.Max() : null,
            documents.Count - dated.Count,
            status,
            mandateEnd,
            MaxPersonnel(components),
            Assets(components, ComponentKind.Asset),
            components.Where(c => c.Kind == ComponentKind.Budget)
                .Select(c => (Component: c, Money: (MoneyFact)c.Fact))
                .Select(x => new BudgetItem(x.Money.Amount, x.Money.Qualifier, x.Component.Label, x.Component.Year, x.Component.Document))
                .Distinct()
                .ToList())
        {
            Provisional = mission.Provisional,
            StatusSource = statusSource,
            MandateStart = decisions.Select(d => d.Start).Where(d => d is not null).Min() ?? decisions.Where(d => d.Role != LetterRole.Ended).Select(d => d.Date).Min(),
            Donations = Assets(components, ComponentKind.Donation),
        };
        return new MissionDetail(summary, stated, conflicts, timeline) { Decisions = decisions };
    }

    private static bool Deciding(MissionComponent c) =>
        c.Role == LetterRole.Decided || c.Role == LetterRole.Extended || c.Role == LetterRole.Changed || c.Role == LetterRole.Announced;

    // The mandate runs to the latest end a deciding letter states, unless a letter decided, extended or changed the
    // mission after that end: then a letter continued it whose end the record does not give (a date lost in the PDF's
    // text, an end stated only in an annex), and the end is unknown rather than past.
    private static DateOnly? MandateEnd(IReadOnlyList<MissionComponent> components, IReadOnlyList<DecisionState> decisions)
    {
        var end = components.Where(c => c.Kind == ComponentKind.Period && Deciding(c))
            .Select(c => ((PeriodFact)c.Fact).End).Where(e => e is not null).Max();
        var continued = decisions.Any(d => d.Date > end && d.Role is var role
            && (role == LetterRole.Decided || role == LetterRole.Extended || role == LetterRole.Changed));
        return continued ? null : end;
    }

    // The letters decide first: one that ends the mission, else the mandate end they state. When they state none, the
    // reference list's end (a cited public source) ends a mission it says ended before today, unless a letter decided,
    // extended or changed the mission after that end; UNTAC, of which the store holds only a retrospective of 2014,
    // ended in 1993 and is not "unknown".
    private (MissionStatus Status, string? Source) Status(
        Mission mission, IReadOnlyList<RegisterDocument> documents, IReadOnlyDictionary<string, LetterRole> roles, DateOnly? mandateEnd, IReadOnlyList<DecisionState> decisions)
    {
        if (documents.Count > 0 && roles[documents[^1].Id] == LetterRole.Ended)
        {
            return (MissionStatus.Ended, MissionSummary.FromLetters);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (mandateEnd is { } end)
        {
            return (end >= today ? MissionStatus.Active : MissionStatus.Ended, MissionSummary.FromLetters);
        }

        var continued = decisions.Any(d => d.Date > mission.Period.End && d.Role is var role
            && (role == LetterRole.Decided || role == LetterRole.Extended || role == LetterRole.Changed));
        return mission.Period.End is { } referenceEnd && referenceEnd < today && !continued
            ? (MissionStatus.Ended, MissionSummary.FromCatalogue)
            : (MissionStatus.Unknown, null);
    }

    // A cap is what a deciding letter allows ("maximaal 150 militairen", "ten hoogste 6"), not every number of people
    // it mentions: "ongeveer 3000" trained soldiers or "momenteel 5 ontplooid" are no cap. A range's upper end is its cap.
    private static int? MaxPersonnel(IReadOnlyList<MissionComponent> components) =>
        PersonnelCaps.Of(components.Where(Deciding)).Select(c => (int?)c.Cap).Max();

    // Per asset the latest deciding letter's number: the count it states most often.
    private static IReadOnlyList<AssetSummary> Assets(IReadOnlyList<MissionComponent> components, ComponentKind kind)
    {
        var assets = components.Where(c => c.Kind == kind).ToList();
        var deciding = assets.Where(Deciding).ToList();
        var source = deciding.Count > 0 ? deciding : assets;
        return source.GroupBy(c => c.Label, StringComparer.OrdinalIgnoreCase)
            .Select(asset =>
            {
                var latest = asset.GroupBy(c => c.Document).Last();
                var count = latest.Select(c => ((AssetFact)c.Fact).Count).GroupBy(n => n).OrderByDescending(g => g.Count()).First().Key;
                return new AssetSummary(asset.Key, count, latest.Key);
            })
            .ToList();
    }
}
