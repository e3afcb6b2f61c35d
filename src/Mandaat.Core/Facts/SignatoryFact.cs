namespace Mandaat.Core.Facts;

public sealed record SignatoryFact(string Name, string Office) : Fact
{
    public override string Type => FactType.Signatory;
}
