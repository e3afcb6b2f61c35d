using System.Globalization;

namespace Mandaat.Web.Pages.Dutch;

/// <summary>Dutch dates, numbers, amounts and the singular or plural of a count: "1 resultaat", "2 resultaten", "1.250 militairen".</summary>
public static class Format
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Dutch) ?? "ongedateerd";

    public static string Number(long value) => value.ToString("N0", Dutch);

    /// <summary>A number that may be unknown: "–" then.</summary>
    public static string Maybe(int? value) => value is { } n ? Number(n) : "–";

    /// <summary>An amount in euro as Dutch readers write it: "€ 1.250.000" or "€ 12,5 miljoen".</summary>
    public static string Euro(decimal amount) => amount >= 1_000_000m
        ? $"€ {(amount / 1_000_000m).ToString("0.##", Dutch)} miljoen"
        : "€ " + amount.ToString("N0", Dutch);

    public static string Count(long count, string singular, string plural) => $"{Number(count)} {(count == 1 ? singular : plural)}";

    public static string Period(DateOnly? first, DateOnly? last) => first is null && last is null ? "ongedateerd" : $"{Date(first)} – {Date(last)}";
}
