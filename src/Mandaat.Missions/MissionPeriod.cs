using System.Globalization;

namespace Mandaat.Missions;

/// <summary>
/// The months a mission ran, as the reference list gives them ("2006-08", or a year alone): coarse on purpose,
/// since the sources agree on months at best. Used to tell apart missions that share a name (three Patriot
/// deployments) by the date of the document that names them.
/// </summary>
public sealed record MissionPeriod(DateOnly? Start, DateOnly? End)
{
    /// <summary>A decision precedes a deployment and its evaluation follows it: how far around the period a document still belongs to it.</summary>
    private const int SlackMonths = 9;

    public static MissionPeriod Unknown { get; } = new(null, null);

    /// <summary>"YYYY" or "YYYY-MM" for a start (its first day) and an end (its last day); null or empty is open.</summary>
    /// <exception cref="FormatException">Neither form.</exception>
    public static MissionPeriod Parse(string? start, string? end) => new(Month(start, first: true), Month(end, first: false));

    /// <summary>True when the date falls in the period, widened by the months before a decision and after an evaluation.</summary>
    public bool Around(DateOnly date) =>
        (Start is null || date >= Start.Value.AddMonths(-SlackMonths)) && (End is null || date <= End.Value.AddMonths(SlackMonths));

    /// <summary>True when the date falls in the period itself.</summary>
    public bool Contains(DateOnly date) => (Start is null || date >= Start) && (End is null || date <= End);

    public override string ToString() => (Start, End) switch
    {
        (null, null) => "",
        _ => $"{Start?.ToString("yyyy-MM", CultureInfo.InvariantCulture)}–{End?.ToString("yyyy-MM", CultureInfo.InvariantCulture)}",
    };

    private static DateOnly? Month(string? text, bool first)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return first ? month : month.AddMonths(1).AddDays(-1);
        }

        if (DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year))
        {
            return first ? year : year.AddYears(1).AddDays(-1);
        }

        throw new FormatException($"'{text}' is not a year (YYYY) or a month (YYYY-MM)");
    }
}
