namespace Mandaat.Register.Missions;

/// <summary>
/// What one letter that decides, extends, changes or ends a deployment says of it: the period it sets, the personnel
/// cap it allows (a "maximaal"/"ten hoogste" figure only), the assets it deploys and the equipment it gives to
/// partners (each asset once, with the count the letter states most often), its legal basis and its budget estimate.
/// Empty where the letter states nothing; the state on a date folds the decisions in force (<see cref="MissionDetail.StateOn"/>).
/// </summary>
public sealed record DecisionState(
    string Document,
    DateOnly? Date,
    LetterRole Role,
    DateOnly? Start,
    DateOnly? End,
    int? PersonnelCap,
    IReadOnlyList<AssetSummary> Assets,
    IReadOnlyList<AssetSummary> Donations,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<BudgetItem> Budget);
