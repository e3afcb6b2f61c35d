namespace Mandaat.Core.Facts;

/// <summary>An amount of money in euro, once per mention.</summary>
public sealed record MoneyFact(decimal Amount, string? Qualifier) : Fact
{
    protected override string TypeName => FactType.Money;
}
