using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Mandaat.Core.Documents;

/// <summary>
/// The kinds of document of FORMAT.md; the slugs are the contract's values.
/// </summary>
[JsonConverter(typeof(SlugJsonConverter<DocumentKind>))]
public sealed class DocumentKind : ISlug<DocumentKind>
{
    public static readonly DocumentKind Artikel100 = new("artikel100");
    public static readonly DocumentKind Kennisgeving = new("kennisgeving");
    public static readonly DocumentKind Voortgangsrapportage = new("voortgangsrapportage");
    public static readonly DocumentKind VragenEnAntwoorden = new("vragen-en-antwoorden");
    public static readonly DocumentKind Verslag = new("verslag");
    public static readonly DocumentKind Evaluatie = new("evaluatie");
    public static readonly DocumentKind Brief = new("brief");

    private DocumentKind(string slug) => Slug = slug;

    public static IReadOnlyList<DocumentKind> All { get; } =
        [Artikel100, Kennisgeving, Voortgangsrapportage, VragenEnAntwoorden, Verslag, Evaluatie, Brief];

    public string Slug { get; }

    public static bool TryParse(string? slug, [NotNullWhen(true)] out DocumentKind? value) => SlugSet.TryParse(slug, out value);

    public static DocumentKind Parse(string slug) => SlugSet.Parse<DocumentKind>(slug);

    public override string ToString() => Slug;
}
