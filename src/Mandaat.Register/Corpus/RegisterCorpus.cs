using Mandaat.Missions;
using Mandaat.Register.Citations;

namespace Mandaat.Register.Corpus;

/// <summary>Everything in the store the register works from, read once per request.</summary>
public sealed record RegisterCorpus(IReadOnlyList<RegisterDocument> Documents, IReadOnlyList<CitedDate> CitedDates)
{
    public RegisterDocument? Find(string id) => Documents.FirstOrDefault(d => d.Id == id);

    /// <summary>The operations decision letters contribute to that no catalogue lists (<see cref="ProvisionalMissions"/>).</summary>
    public IReadOnlyList<Mission> Provisional { get; init; } = [];

    /// <summary>Dated documents in date order, then undated ones (by session, then id).</summary>
    public static IEnumerable<RegisterDocument> InTimeOrder(IEnumerable<RegisterDocument> documents) =>
        documents.OrderBy(d => d.Date is null)
            .ThenBy(d => d.Date)
            .ThenBy(d => d.Detail.Summary.Session, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
}
