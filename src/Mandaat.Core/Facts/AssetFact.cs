namespace Mandaat.Core.Facts;

/// <summary>A count of platforms or materiel: a designation ("F-16") or the singular head noun ("helm").</summary>
public sealed record AssetFact(string Asset, IReadOnlyList<string> Alt, int Count) : Fact
{
    protected override string TypeName => FactType.Asset;
}
