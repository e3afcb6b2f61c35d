namespace Mandaat.Register.Missions;

/// <summary>An amount of a mission's budget: <see cref="Role"/> is a <see cref="MoneyRoles"/> value.</summary>
public sealed record BudgetItem(decimal Amount, string? Qualifier, string Role, int? Year, string Document);
