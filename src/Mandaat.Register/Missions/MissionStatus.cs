using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Mandaat.Core;

namespace Mandaat.Register.Missions;

/// <summary>
/// Where a mission stands by the letters in the store: <see cref="Active"/> while the last stated
/// mandate end is ahead, <see cref="Ended"/> after it or after a letter that ends it, else
/// <see cref="Unknown"/>.
/// </summary>
[JsonConverter(typeof(SlugJsonConverter<MissionStatus>))]
public sealed class MissionStatus : ISlug<MissionStatus>
{
    public static readonly MissionStatus Active = new("active");
    public static readonly MissionStatus Ended = new("ended");
    public static readonly MissionStatus Unknown = new("unknown");

    private MissionStatus(string slug) => Slug = slug;

    public static IReadOnlyList<MissionStatus> All { get; } =
        [Active, Ended, Unknown];

    public string Slug { get; }

    public static bool TryParse(string? slug, [NotNullWhen(true)] out MissionStatus? value) => SlugSet.TryParse(slug, out value);

    public static MissionStatus Parse(string slug) => SlugSet.Parse<MissionStatus>(slug);

    public override string ToString() => Slug;
}
