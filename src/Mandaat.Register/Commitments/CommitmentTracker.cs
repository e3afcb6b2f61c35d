using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Register.Corpus;
using Mandaat.Register.Materialised;
using Mandaat.Store;

namespace Mandaat.Register.Commitments;

/// <summary>
/// Every commitment fact across the stored documents with its status. A report of a kept commitment
/// marks the earlier commitment it names fulfilled (same date made, or made in a document of that
/// date; a shared mission; best word overlap) and links both; a promise to report in the next
/// progress report is kept by the first later progress report on the same mission.
/// </summary>
public sealed class CommitmentTracker(MissionCatalog catalog)
{
    private const int MinWordLength = 4;

    // Filters (with the official register's state) whose lists are kept per state of the register.
    private const int ListsKept = 64;

    private readonly MaterialisedRegister _materialised = new(catalog, TimeProvider.System);

    // Keyed by the read commitments' list, which the register makes anew whenever any process saves or removes a paper.
    private readonly PerStateMemo<IReadOnlyList<TrackedCommitment>, IReadOnlyList<TrackedCommitment>> _lists = new(ListsKept);

    /// <summary>How many lists were made rather than found (the memo's loads).</summary>
    public int ListsMade => _lists.Made;

    /// <summary>
    /// The commitments of the register the store keeps (<see cref="MaterialisedRegister"/>) beside the official
    /// register's (<see cref="OfficialCommitmentMatch"/>): no document is read, only the letters the official ones name.
    /// Each filter's list is made once per state of the register and of the official register (the official rows are
    /// read on every call, they do not grow with the papers), so a page or an API request does not pass over every
    /// commitment; the same filter in the same state answers the same list object.
    /// </summary>
    public async Task<IReadOnlyList<TrackedCommitment>> ListAsync(IDocumentStore store, CommitmentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var read = await _materialised.CommitmentsAsync(store, cancellationToken);
        var official = await store.ListOfficialCommitmentsAsync(cancellationToken);
        var state = official.Count == 0 ? "none" : Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(official)));
        var merged = await _lists.GetAsync(read, "merged|" + state, async () =>
        {
            var letters = await OfficialCommitmentMatch.StoredLettersAsync(store, official, CancellationToken.None);
            return OfficialCommitmentMatch.Merge(read, official, letters, catalog);
        }, cancellationToken);
        return filter == CommitmentFilter.None
            ? merged
            : await _lists.GetAsync(read, Key(filter, state), () => Task.FromResult<IReadOnlyList<TrackedCommitment>>(merged.Where(filter.Accepts).ToList()), cancellationToken);
    }

    private static string Key(CommitmentFilter filter, string official) =>
        string.Create(CultureInfo.InvariantCulture, $"{filter.Status}|{filter.Mission}|{filter.From:yyyy-MM-dd}|{filter.To:yyyy-MM-dd}|{official}");

    public static IReadOnlyList<TrackedCommitment> Track(RegisterCorpus corpus)
    {
        var raw = corpus.Documents.SelectMany(Read).ToList();
        var byId = raw.ToDictionary(r => r.Commitment.Id, r => r.Commitment, StringComparer.Ordinal);
        foreach (var report in raw.Where(r => r.IsFulfilment))
        {
            if (Earlier(report, raw) is { } kept)
            {
                byId[kept.Id] = byId[kept.Id] with { Status = CommitmentStatus.Fulfilled, FulfilledBy = report.Commitment.Document };
                byId[report.Commitment.Id] = byId[report.Commitment.Id] with { Fulfils = kept.Id };
            }
        }

        foreach (var promise in raw.Where(r => !r.IsFulfilment && r.PromisesProgressReport))
        {
            if (NextProgressReport(promise, corpus) is { } report && byId[promise.Commitment.Id].Status == CommitmentStatus.Open)
            {
                byId[promise.Commitment.Id] = byId[promise.Commitment.Id] with { Status = CommitmentStatus.Fulfilled, FulfilledBy = report.Id };
            }
        }

        return byId.Values.OrderBy(c => c.Made ?? c.DocumentDate ?? DateOnly.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<Candidate> Read(RegisterDocument document)
    {
        var by = document.Detail.Signatories.Select(s => $"{s.Name} ({s.Office})").ToList();
        var facts = document.Detail.Facts.OfType<CommitmentFact>().OrderBy(f => f.Citation?.Start ?? 0).ToList();
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var fulfilment = CommitmentWording.IsFulfilment(fact.Quote);
            var missions = MissionAttribution.MissionsOf(fact, document.Missions);
            var commitment = new TrackedCommitment(
                $"{document.Id}#c{i + 1}",
                fact.Quote,
                fact.Made,
                document.Id,
                document.Date,
                fulfilment ? CommitmentStatus.Fulfilled : CommitmentStatus.Open,
                fulfilment ? document.Id : null,
                null,
                by,
                missions,
                fact.Citation);
            yield return new Candidate(commitment, document, fulfilment, CommitmentWording.PromisesProgressReport(fact.Quote), Words(fact.Quote));
        }
    }

    // The commitment a report names: made on the report's date, earlier, on a shared mission, most words in common.
    private static TrackedCommitment? Earlier(Candidate report, IReadOnlyList<Candidate> all)
    {
        if (report.Commitment.Made is not { } made)
        {
            return null;
        }

        return all.Where(c => !c.IsFulfilment && c.Document.Id != report.Document.Id)
            .Where(c => c.Commitment.Made == made || c.Document.Date == made)
            .Where(c => c.Document.Date is null || report.Document.Date is null || c.Document.Date <= report.Document.Date)
            .Where(c => Shares(c.Commitment.Missions, report.Commitment.Missions))
            .OrderByDescending(c => c.Words.Intersect(report.Words).Count())
            .Select(c => c.Commitment)
            .FirstOrDefault();
    }

    private static RegisterDocument? NextProgressReport(Candidate promise, RegisterCorpus corpus) =>
        promise.Document.Date is not { } after ? null
        : RegisterCorpus.InTimeOrder(corpus.Documents)
            .FirstOrDefault(d => d.Kind == DocumentKind.Voortgangsrapportage && d.Date > after && Shares(d.Missions, promise.Commitment.Missions));

    private static bool Shares(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == 0 || b.Count == 0 || a.Intersect(b).Any();

    private static HashSet<string> Words(string quote) =>
        quote.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '(', ')', ':', ';', '“', '”', '\'', '"'))
            .Where(w => w.Length >= MinWordLength)
            .ToHashSet(StringComparer.Ordinal);

    private sealed record Candidate(TrackedCommitment Commitment, RegisterDocument Document, bool IsFulfilment, bool PromisesProgressReport, HashSet<string> Words);
}
