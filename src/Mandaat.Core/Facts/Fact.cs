using System.Text.Json.Serialization;
using Mandaat.Core.Documents;

namespace Mandaat.Core.Facts;

/// <summary>
/// A fact a careful reader finds in a document, in the shape of FORMAT.md. The JSON form of each
/// subtype is the gold format (snake_case, "type" first); <see cref="FactJson"/> adds or drops the
/// citation.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DocumentFact), FactType.Names.Document)]
[JsonDerivedType(typeof(SignatoryFact), FactType.Names.Signatory)]
[JsonDerivedType(typeof(SectionFact), FactType.Names.Section)]
[JsonDerivedType(typeof(ReferenceFact), FactType.Names.Reference)]
[JsonDerivedType(typeof(MoneyFact), FactType.Names.Money)]
[JsonDerivedType(typeof(PersonnelFact), FactType.Names.Personnel)]
[JsonDerivedType(typeof(AssetFact), FactType.Names.Asset)]
[JsonDerivedType(typeof(PeriodFact), FactType.Names.Period)]
[JsonDerivedType(typeof(QaFact), FactType.Names.Qa)]
[JsonDerivedType(typeof(CommitmentFact), FactType.Names.Commitment)]
[JsonDerivedType(typeof(LegalBasisFact), FactType.Names.LegalBasis)]
public abstract record Fact
{
    /// <summary>The contract name of the type ("money", "legal_basis", …).</summary>
    [JsonIgnore]
    public FactType Type => TypeName;

    /// <summary>Protected so that only the discriminator, not a second "type" property, is serialised.</summary>
    protected abstract FactType TypeName { get; }

    /// <summary>The literal excerpt that states the fact (whitespace collapsed).</summary>
    [JsonPropertyOrder(100)]
    public required string Quote { get; init; }

    /// <summary>Catalogue ids of the missions this fact concerns, where known.</summary>
    [JsonPropertyOrder(101)]
    public IReadOnlyList<string>? Missions { get; init; }

    [JsonPropertyOrder(102)]
    public Citation? Citation { get; init; }
}

public sealed record DocumentFact(
    DocumentKind Kind,
    string? Dossier,
    string? Number,
    DateOnly? Date,
    string? Session,
    string? Subject) : Fact
{
    /// <summary>
    /// Every dossier the paper prints in its head when it prints more than one ("27 925" and "29 521"),
    /// <see cref="Dossier"/> first; absent otherwise, so a paper of one dossier keeps FORMAT.md's shape.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(2)]
    public IReadOnlyList<string>? Dossiers { get; init; }

    protected override FactType TypeName => FactType.Document;
}

public sealed record SignatoryFact(string Name, string Office) : Fact
{
    protected override FactType TypeName => FactType.Signatory;
}

/// <summary>A heading that names a Toetsingskader aspect.</summary>
public sealed record SectionFact(string Aspect, string Heading) : Fact
{
    protected override FactType TypeName => FactType.Section;
}

/// <summary>A citation of a parliamentary paper: dossier and number, or a document id such as 2022D19957.</summary>
public sealed record ReferenceFact(string? Dossier, string? Number, string? DocumentId) : Fact
{
    protected override FactType TypeName => FactType.Reference;
}

/// <summary>An amount of money in euro, once per mention.</summary>
public sealed record MoneyFact(decimal Amount, string? Qualifier) : Fact
{
    protected override FactType TypeName => FactType.Money;
}

/// <summary>A count of military or deployed personnel; <see cref="MaxCount"/> is the upper end of a range.</summary>
public sealed record PersonnelFact(int Count, int? MaxCount, string? Qualifier) : Fact
{
    protected override FactType TypeName => FactType.Personnel;
}

/// <summary>A count of platforms or materiel: a designation ("F-16") or the singular head noun ("helm").</summary>
public sealed record AssetFact(string Asset, IReadOnlyList<string> Alt, int Count) : Fact
{
    protected override FactType TypeName => FactType.Asset;
}

/// <summary>The period or stated duration of a deployment, contribution, mandate or programme.</summary>
public sealed record PeriodFact(DateOnly? Start, DateOnly? End, int? Months, int? Days) : Fact
{
    protected override FactType TypeName => FactType.Period;
}

/// <summary>A numbered question with the question numbers its answer points to.</summary>
public sealed record QaFact(int Number, IReadOnlyList<int> RefersTo) : Fact
{
    protected override FactType TypeName => FactType.Qa;
}

/// <summary>A commitment to parliament (toezegging) or a promise to inform it; <see cref="Made"/> when stated.</summary>
public sealed record CommitmentFact(DateOnly? Made) : Fact
{
    protected override FactType TypeName => FactType.Commitment;
}

/// <summary>A statement of the legal ground of a deployment.</summary>
public sealed record LegalBasisFact : Fact
{
    protected override FactType TypeName => FactType.LegalBasis;
}
