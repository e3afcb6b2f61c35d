namespace Mandaat.Core.Facts;

/// <summary>A count of military or deployed personnel; <see cref="MaxCount"/> is the upper end of a range.</summary>
public sealed record PersonnelFact(int Count, int? MaxCount, string? Qualifier) : Fact
{
    protected override string TypeName => FactType.Personnel;
}
