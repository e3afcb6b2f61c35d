namespace Mandaat.Core.Facts;

/// <summary>A numbered question with the question numbers its answer points to.</summary>
public sealed record QaFact(int Number, IReadOnlyList<int> RefersTo) : Fact
{
    protected override string TypeName => FactType.Qa;
}
