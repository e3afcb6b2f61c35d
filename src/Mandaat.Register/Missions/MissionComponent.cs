using Mandaat.Core.Facts;

namespace Mandaat.Register.Missions;

/// <summary>
/// One stated part of a mission at one moment: a personnel cap, an asset, a period or an amount of its
/// budget, with the letter that stated it and what that letter did (<see cref="LetterRole"/>).
/// <see cref="Label"/> is the asset's designation or the money's role; <see cref="Year"/> the year an
/// amount is for, when its sentence or paragraph names one; <see cref="Sentence"/> the whole sentence of the letter
/// the fact stands in, where the fact can take part in a conflict (<see cref="Materialised.FactReading.Sentence"/>).
/// </summary>
public sealed record MissionComponent(
    ComponentKind Kind,
    string Label,
    string Value,
    LetterRole Role,
    string Document,
    DateOnly? Date,
    int? Year,
    Fact Fact,
    string? Sentence);
