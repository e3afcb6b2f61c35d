using Mandaat.Register.Missions;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;

namespace Mandaat.Web.Pages;

/// <summary>
/// A document's page: the paper, its text with the facts marked (<see cref="MarkedText"/>, already encoded) and
/// each fact's anchor, the missions it concerns, the Kamerstukken it cites and that cite it, and its Toetsingskader check.
/// </summary>
public sealed record DocumentModel(
    DocumentDetail Document,
    string MarkedText,
    IReadOnlyDictionary<int, string> Anchors,
    IReadOnlyList<MissionSummary> Missions,
    IReadOnlyList<CitedPaper> Cites,
    IReadOnlyList<CitedPaper> CitedBy,
    CheckResult Check);
