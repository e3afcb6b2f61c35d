namespace Mandaat.Core.Facts;

public sealed record SignatoryFact(string Name, string Office) : Fact
{
    protected override string TypeName => FactType.Signatory;
}
