using Mandaat.Core.Facts;

namespace Mandaat.Register.Missions;

/// <summary>
/// One <see cref="DecisionState"/> per deciding letter of a mission, from its components, and the state on any date
/// folded from them. Every asset and donation once per letter: a letter that names "zes F-16's" five times deploys six.
/// </summary>
public static class DecisionStates
{
    /// <summary>The format value every cap word ("maximaal", "ten hoogste", "hooguit", "tot") is read as.</summary>
    public const string CapQualifier = "maximaal";

    public static bool Deciding(LetterRole role) =>
        role == LetterRole.Decided || role == LetterRole.Extended || role == LetterRole.Changed || role == LetterRole.Announced || role == LetterRole.Ended;

    public static IReadOnlyList<DecisionState> For(IReadOnlyList<MissionComponent> components, IReadOnlyList<(string Document, DateOnly? Date, LetterRole Role)> letters) =>
        letters.Where(l => Deciding(l.Role)).Select(letter =>
        {
            var own = components.Where(c => c.Document == letter.Document).ToList();
            var periods = own.Where(c => c.Kind == ComponentKind.Period).Select(c => (PeriodFact)c.Fact).ToList();
            return new DecisionState(
                letter.Document,
                letter.Date,
                letter.Role,
                periods.Select(p => p.Start).Where(d => d is not null).Min(),
                periods.Select(p => p.End).Where(d => d is not null).Max(),
                PersonnelCaps.Of(own).Select(c => (int?)c.Cap).Max(),
                Counted(own, ComponentKind.Asset),
                Counted(own, ComponentKind.Donation),
                own.Where(c => c.Kind == ComponentKind.LegalBasis).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList(),
                own.Where(c => c.Kind == ComponentKind.Budget && c.Label == MoneyRoles.Estimate)
                    .Select(c => new BudgetItem(((MoneyFact)c.Fact).Amount, ((MoneyFact)c.Fact).Qualifier, c.Label, c.Year, c.Document))
                    .Distinct().ToList());
        }).ToList();

    /// <summary>The state on <paramref name="date"/>: each field from the latest decision dated on or before it that states it.</summary>
    public static MissionState On(IReadOnlyList<DecisionState> decisions, DateOnly date)
    {
        var (end, cap, assets, donations, basis) = ((DateOnly?)null, (int?)null, (IReadOnlyList<AssetSummary>)[], (IReadOnlyList<AssetSummary>)[], (IReadOnlyList<string>)[]);
        var folded = new List<string>();
        var ended = false;
        foreach (var decision in decisions.Where(d => d.Date is { } day && day <= date).OrderBy(d => d.Date))
        {
            folded.Add(decision.Document);
            ended = decision.Role == LetterRole.Ended;
            end = decision.End ?? end;
            cap = decision.PersonnelCap ?? cap;
            assets = decision.Assets.Count > 0 ? decision.Assets : assets;
            donations = decision.Donations.Count > 0 ? decision.Donations : donations;
            basis = decision.LegalBasis.Count > 0 ? decision.LegalBasis : basis;
        }

        var inForce = folded.Count > 0 && !ended && (end is null || end >= date);
        return new MissionState(date, inForce, end, cap, assets, donations, basis, folded);
    }

    // Per asset the count the letter states most often, once.
    private static List<AssetSummary> Counted(IReadOnlyList<MissionComponent> own, ComponentKind kind) =>
        own.Where(c => c.Kind == kind).GroupBy(c => c.Label, StringComparer.OrdinalIgnoreCase)
            .Select(g => new AssetSummary(g.Key, g.Select(c => ((AssetFact)c.Fact).Count).GroupBy(n => n).OrderByDescending(n => n.Count()).ThenByDescending(n => n.Key).First().Key, g.First().Document))
            .ToList();
}
