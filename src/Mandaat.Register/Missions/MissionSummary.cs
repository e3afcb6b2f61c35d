namespace Mandaat.Register.Missions;

/// <summary>One mission of the register: the <c>missions</c> row of CLI.md plus status and mandate end.</summary>
public sealed record MissionSummary(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Documents,
    DateOnly? First,
    DateOnly? Last,
    int Undated,
    MissionStatus Status,
    DateOnly? MandateEnd,
    int? MaxPersonnel,
    IReadOnlyList<AssetSummary> Assets,
    IReadOnlyList<BudgetItem> Budget)
{
    /// <summary><see cref="StatusSource"/> when the letters in the store give the status.</summary>
    public const string FromLetters = "letters";

    /// <summary><see cref="StatusSource"/> when the reference list's end gives it: the letters state no end and none continues the mission after it.</summary>
    public const string FromCatalogue = "catalogue";

    /// <summary>Where <see cref="Status"/> comes from: <see cref="FromLetters"/>, <see cref="FromCatalogue"/>, or null while it is unknown.</summary>
    public string? StatusSource { get; init; }

    /// <summary>True for an operation a decision letter named that no catalogue lists yet (docs/MISSIONS.md).</summary>
    public bool Provisional { get; init; }

    /// <summary>Where the mandate starts: the earliest start a deciding letter states, else the first deciding letter's date.</summary>
    public DateOnly? MandateStart { get; init; }

    /// <summary>Equipment given to partners (helmets, vests "gedoneerd aan"), kept apart from <see cref="Assets"/>, as the latest letter naming each gives it.</summary>
    public IReadOnlyList<AssetSummary> Donations { get; init; } = [];
}

/// <summary>An asset of a mission as its latest deciding letter gives it.</summary>
public sealed record AssetSummary(string Asset, int Count, string Document);

/// <summary>An amount of a mission's budget: <see cref="Role"/> is a <see cref="MoneyRoles"/> value.</summary>
public sealed record BudgetItem(decimal Amount, string? Qualifier, string Role, int? Year, string Document);
