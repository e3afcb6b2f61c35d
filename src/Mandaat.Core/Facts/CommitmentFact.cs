namespace Mandaat.Core.Facts;

/// <summary>A commitment to parliament (toezegging) or a promise to inform it; <see cref="Made"/> when stated.</summary>
public sealed record CommitmentFact(DateOnly? Made) : Fact
{
    protected override string TypeName => FactType.Commitment;
}
