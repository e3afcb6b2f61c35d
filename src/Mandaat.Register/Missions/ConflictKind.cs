using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Mandaat.Core;

namespace Mandaat.Register.Missions;

/// <summary>
/// How two statements of a <see cref="RegisterConflict"/> disagree; the slugs are the JSON values.
/// </summary>
[JsonConverter(typeof(SlugJsonConverter<ConflictKind>))]
public sealed class ConflictKind : ISlug<ConflictKind>
{
    /// <summary>A personnel cap or asset count that changes between letters when no deciding letter says so.</summary>
    public static readonly ConflictKind UndecidedChange = new("undecided-change");
    public static readonly ConflictKind EstimateVersusRealisation = new("estimate-vs-realisation");
    public static readonly ConflictKind CitationDate = new("citation-date");

    private ConflictKind(string slug) => Slug = slug;

    public static IReadOnlyList<ConflictKind> All { get; } =
        [UndecidedChange, EstimateVersusRealisation, CitationDate];

    public string Slug { get; }

    public static bool TryParse(string? slug, [NotNullWhen(true)] out ConflictKind? value) => SlugSet.TryParse(slug, out value);

    public static ConflictKind Parse(string slug) => SlugSet.Parse<ConflictKind>(slug);

    public override string ToString() => Slug;
}
