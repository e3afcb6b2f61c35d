using System.Text.Json.Serialization;

namespace Mandaat.Core.Facts;

/// <summary>
/// A fact a careful reader finds in a document, in the shape of FORMAT.md. The JSON form of each
/// subtype is the gold format (snake_case, "type" first); <see cref="FactJson"/> adds or drops the
/// citation.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DocumentFact), FactType.Document)]
[JsonDerivedType(typeof(SignatoryFact), FactType.Signatory)]
[JsonDerivedType(typeof(SectionFact), FactType.Section)]
[JsonDerivedType(typeof(ReferenceFact), FactType.Reference)]
[JsonDerivedType(typeof(MoneyFact), FactType.Money)]
[JsonDerivedType(typeof(PersonnelFact), FactType.Personnel)]
[JsonDerivedType(typeof(AssetFact), FactType.Asset)]
[JsonDerivedType(typeof(PeriodFact), FactType.Period)]
[JsonDerivedType(typeof(QaFact), FactType.Qa)]
[JsonDerivedType(typeof(CommitmentFact), FactType.Commitment)]
[JsonDerivedType(typeof(LegalBasisFact), FactType.LegalBasis)]
public abstract record Fact
{
    /// <summary>The contract name of the type ("money", "legal_basis", …).</summary>
    [JsonIgnore]
    public string Type => TypeName;

    /// <summary>Protected so that only the discriminator, not a second "type" property, is serialised.</summary>
    protected abstract string TypeName { get; }

    /// <summary>The literal excerpt that states the fact (whitespace collapsed).</summary>
    [JsonPropertyOrder(100)]
    public required string Quote { get; init; }

    /// <summary>Catalogue ids of the missions this fact concerns, where known.</summary>
    [JsonPropertyOrder(101)]
    public IReadOnlyList<string>? Missions { get; init; }

    [JsonPropertyOrder(102)]
    public Citation? Citation { get; init; }
}
