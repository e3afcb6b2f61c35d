using Mandaat.Register.Missions;

namespace Mandaat.Web.Pages;

/// <summary>A mission's money for one year (null: no year stated): the estimates and the realisations the letters give, each with its letter.</summary>
public sealed record BudgetYear(int? Year, IReadOnlyList<BudgetItem> Estimates, IReadOnlyList<BudgetItem> Realisations, IReadOnlyList<BudgetItem> Other)
{
    public static IReadOnlyList<BudgetYear> Of(IEnumerable<BudgetItem> items) =>
        [.. items.GroupBy(i => i.Year).OrderBy(g => g.Key is null).ThenBy(g => g.Key).Select(g => new BudgetYear(
            g.Key,
            [.. g.Where(i => i.Role == MoneyRoles.Estimate)],
            [.. g.Where(i => i.Role == MoneyRoles.Realisation)],
            [.. g.Where(i => i.Role is not (MoneyRoles.Estimate or MoneyRoles.Realisation))]))];

    /// <summary>Realised minus estimated when each is one amount; otherwise there is nothing to compare.</summary>
    public decimal? Difference => Estimates.Select(e => e.Amount).Distinct().Count() == 1 && Realisations.Select(r => r.Amount).Distinct().Count() == 1
        ? Realisations[0].Amount - Estimates[0].Amount
        : null;
}
