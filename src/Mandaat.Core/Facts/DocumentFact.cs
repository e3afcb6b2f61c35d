namespace Mandaat.Core.Facts;

public sealed record DocumentFact(
    string Kind,
    string? Dossier,
    string? Number,
    DateOnly? Date,
    string? Session,
    string? Subject) : Fact
{
    protected override string TypeName => FactType.Document;
}
