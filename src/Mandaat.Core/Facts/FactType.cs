using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Mandaat.Core.Facts;

/// <summary>
/// The fact types of FORMAT.md; the slugs are the contract's values.
/// </summary>
[JsonConverter(typeof(SlugJsonConverter<FactType>))]
public sealed class FactType : ISlug<FactType>
{
    public static readonly FactType Document = new(Names.Document);
    public static readonly FactType Signatory = new(Names.Signatory);
    public static readonly FactType Section = new(Names.Section);
    public static readonly FactType Reference = new(Names.Reference);
    public static readonly FactType Money = new(Names.Money);
    public static readonly FactType Personnel = new(Names.Personnel);
    public static readonly FactType Asset = new(Names.Asset);
    public static readonly FactType Period = new(Names.Period);
    public static readonly FactType Qa = new(Names.Qa);
    public static readonly FactType Commitment = new(Names.Commitment);
    public static readonly FactType LegalBasis = new(Names.LegalBasis);

    private FactType(string slug) => Slug = slug;

    public static IReadOnlyList<FactType> All { get; } =
        [Document, Signatory, Section, Reference, Money, Personnel, Asset, Period, Qa, Commitment, LegalBasis];

    public string Slug { get; }

    public static bool TryParse(string? slug, [NotNullWhen(true)] out FactType? value) => SlugSet.TryParse(slug, out value);

    public static FactType Parse(string slug) => SlugSet.Parse<FactType>(slug);

    public override string ToString() => Slug;

    /// <summary>The slugs as constants, because attributes (the JSON type discriminators of <see cref="Fact"/>) take nothing else.</summary>
    internal static class Names
    {
        public const string Document = "document";
        public const string Signatory = "signatory";
        public const string Section = "section";
        public const string Reference = "reference";
        public const string Money = "money";
        public const string Personnel = "personnel";
        public const string Asset = "asset";
        public const string Period = "period";
        public const string Qa = "qa";
        public const string Commitment = "commitment";
        public const string LegalBasis = "legal_basis";
    }
}
