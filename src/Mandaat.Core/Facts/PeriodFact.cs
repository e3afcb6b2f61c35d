namespace Mandaat.Core.Facts;

/// <summary>The period or stated duration of a deployment, contribution, mandate or programme.</summary>
public sealed record PeriodFact(DateOnly? Start, DateOnly? End, int? Months, int? Days) : Fact
{
    protected override string TypeName => FactType.Period;
}
