using Mandaat.Missions;
using Mandaat.Register.Citations;

namespace Mandaat.Register.Corpus;

/// <summary>Everything in the store the register works from, read once per request.</summary>
public sealed record RegisterCorpus(IReadOnlyList<RegisterDocument> Documents, IReadOnlyList<CitedDate> CitedDates)
{
    // The documents by id, made on the first Find for the list it was made from (a copy made with another list makes
    // its own): a search of the list per citation grew with the square of the store in the conflicts of every mission.
    private (IReadOnlyList<RegisterDocument> Of, Dictionary<string, RegisterDocument> ById)? _index;

    /// <summary>The first document of this id, or null.</summary>
    public RegisterDocument? Find(string id)
    {
        if (_index is not { } index || !ReferenceEquals(index.Of, Documents))
        {
            var byId = new Dictionary<string, RegisterDocument>(StringComparer.Ordinal);
            foreach (var document in Documents)
            {
                byId.TryAdd(document.Id, document);
            }

            index = (Documents, byId);
            _index = index;
        }

        return index.ById.GetValueOrDefault(id);
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
