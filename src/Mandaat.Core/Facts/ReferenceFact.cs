namespace Mandaat.Core.Facts;

/// <summary>A citation of a parliamentary paper: dossier and number, or a document id such as 2022D19957.</summary>
public sealed record ReferenceFact(string? Dossier, string? Number, string? DocumentId) : Fact
{
    protected override string TypeName => FactType.Reference;
}
