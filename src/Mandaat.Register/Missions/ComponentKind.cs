using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Mandaat.Core;

namespace Mandaat.Register.Missions;

/// <summary>
/// What a mission component is about; the slugs are the JSON and CSV values.
/// </summary>
[JsonConverter(typeof(SlugJsonConverter<ComponentKind>))]
public sealed class ComponentKind : ISlug<ComponentKind>
{
    public static readonly ComponentKind Personnel = new("personnel");
    public static readonly ComponentKind Asset = new("asset");
    public static readonly ComponentKind Period = new("period");
    public static readonly ComponentKind Budget = new("budget");

    /// <summary>Equipment given to a partner ("helmen en vesten gedoneerd aan"), kept apart from the assets deployed.</summary>
    public static readonly ComponentKind Donation = new("donation");

    /// <summary>The legal basis a letter states (a mandate, a resolution, an invitation); its value is the quote.</summary>
    public static readonly ComponentKind LegalBasis = new("legal-basis");

    private ComponentKind(string slug) => Slug = slug;

    public static IReadOnlyList<ComponentKind> All { get; } =
        [Personnel, Asset, Period, Budget, Donation, LegalBasis];

    public string Slug { get; }

    public static bool TryParse(string? slug, [NotNullWhen(true)] out ComponentKind? value) => SlugSet.TryParse(slug, out value);

    public static ComponentKind Parse(string slug) => SlugSet.Parse<ComponentKind>(slug);

    public override string ToString() => Slug;
}
