using System.Runtime.CompilerServices;
using Mandaat.Missions;
using Mandaat.Register.Citations;

namespace Mandaat.Register.Corpus;

/// <summary>Everything in the store the register works from, read once per request.</summary>
public sealed record RegisterCorpus(IReadOnlyList<RegisterDocument> Documents, IReadOnlyList<CitedDate> CitedDates)
{
    // Each corpus's documents by id, made on the first Find: conflicts look up every paper a mission's letters cite,
    // and a scan per look-up made the snapshots cost the square of the store. Kept beside the record (not a field of
    // it), so two corpora of the same documents still compare equal.
    private static readonly ConditionalWeakTable<IReadOnlyList<RegisterDocument>, Dictionary<string, RegisterDocument>> ById = [];

    /// <summary>The first document of this id, as a scan of <see cref="Documents"/> finds it.</summary>
    public RegisterDocument? Find(string id) => ById.GetValue(Documents, Index).GetValueOrDefault(id);

    private static Dictionary<string, RegisterDocument> Index(IReadOnlyList<RegisterDocument> documents)
    {
        var byId = new Dictionary<string, RegisterDocument>(documents.Count, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byId.TryAdd(document.Id, document);
        }

        return byId;
    }

    /// <summary>The operations decision letters contribute to that no catalogue lists (<see cref="ProvisionalMissions"/>).</summary>
    public IReadOnlyList<Mission> Provisional { get; init; } = [];

    /// <summary>Dated documents in date order, then undated ones (by session, then id).</summary>
    public static IEnumerable<RegisterDocument> InTimeOrder(IEnumerable<RegisterDocument> documents) =>
        documents.OrderBy(d => d.Date is null)
            .ThenBy(d => d.Date)
            .ThenBy(d => d.Detail.Summary.Session, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
}
