using Mandaat.Core.Paging;

namespace Mandaat.Store.Listing;

/// <summary>
/// A Kamerstuk dossier as the store holds it: its number, the title of its earliest stored paper (the
/// dossier's own title is not printed on most papers), how many papers, their first and last date, and
/// the counts of their kinds.
/// </summary>
public sealed record DossierSummary(
    string Dossier,
    string Title,
    int Documents,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<FacetCount> Kinds);
