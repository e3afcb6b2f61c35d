namespace Mandaat.Core.Facts;

/// <summary>A statement of the legal ground of a deployment.</summary>
public sealed record LegalBasisFact : Fact
{
    public override string Type => FactType.LegalBasis;
}
