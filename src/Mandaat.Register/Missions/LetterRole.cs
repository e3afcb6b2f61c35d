using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Mandaat.Core;

namespace Mandaat.Register.Missions;

/// <summary>
/// What a letter did to a mission (<see cref="LetterRoles"/> reads it); the slugs are the JSON and CSV values.
/// </summary>
[JsonConverter(typeof(SlugJsonConverter<LetterRole>))]
public sealed class LetterRole : ISlug<LetterRole>
{
    public static readonly LetterRole Decided = new("decided");
    public static readonly LetterRole Extended = new("extended");
    public static readonly LetterRole Changed = new("changed");
    public static readonly LetterRole Ended = new("ended");
    public static readonly LetterRole Announced = new("announced");
    public static readonly LetterRole Reported = new("reported");

    private LetterRole(string slug) => Slug = slug;

    public static IReadOnlyList<LetterRole> All { get; } =
        [Decided, Extended, Changed, Ended, Announced, Reported];

    public string Slug { get; }

    public static bool TryParse(string? slug, [NotNullWhen(true)] out LetterRole? value) => SlugSet.TryParse(slug, out value);

    public static LetterRole Parse(string slug) => SlugSet.Parse<LetterRole>(slug);

    public override string ToString() => Slug;
}
