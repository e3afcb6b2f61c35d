namespace Mandaat.Core.Facts;

/// <summary>A statement of the legal ground of a deployment.</summary>
public sealed record LegalBasisFact : Fact
{
    protected override string TypeName => FactType.LegalBasis;
}
