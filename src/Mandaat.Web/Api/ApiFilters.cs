using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Search.Query;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// The filters the CLI's options give, read from a query string: each returns null when the value is absent or
/// good, else the problem that names the parameter (400), so no bad filter is silently ignored.
/// </summary>
public static partial class ApiFilters
{
    public static ProblemHttpResult? Kind(string? text, out DocumentKind? kind)
    {
        kind = null;
        return string.IsNullOrWhiteSpace(text) || DocumentKind.TryParse(text.Trim().ToLowerInvariant(), out kind) ? null
            : ApiProblem.InvalidParameter("kind", $"Onbekende soort '{text}'; kies uit {Core.SlugSet.Names<DocumentKind>()}.");
    }

    /// <summary>A dossier as printed ("27 925", "35570-x") is the store's form ("27925", "35570-X"), as the CLI reads it.</summary>
    public static ProblemHttpResult? Dossier(string? text, out string? dossier)
    {
        dossier = string.IsNullOrWhiteSpace(text) ? null : text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return dossier is null || DossierPattern().IsMatch(dossier) ? null
            : ApiProblem.InvalidParameter("dossier", $"'{text}' is geen dossiernummer; een dossiernummer ziet eruit als 27925 of 35570-X.");
    }

    /// <summary>A day, month or year (2020-05-31, 2020-05, 2020): the first day it covers for a start, the last for an end.</summary>
    public static ProblemHttpResult? Date(string? text, string parameter, bool end, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!QueryDates.TryParse(text.Trim(), end, out var parsed))
        {
            return ApiProblem.InvalidParameter(parameter, $"{parameter} is een datum zoals 2020-05-31, 2020-05 of 2020, niet '{text}'.");
        }

        date = parsed;
        return null;
    }

    /// <summary>A year of a document's date (1900 to 2100).</summary>
    public static ProblemHttpResult? Year(string? text, out int? year)
    {
        year = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed is < 1900 or > 2100)
        {
            return ApiProblem.InvalidParameter("year", $"year is een jaartal zoals 2016, niet '{text}'.");
        }

        year = parsed;
        return null;
    }

    /// <summary>One of a closed set of words (sort, status), or absent.</summary>
    public static ProblemHttpResult? OneOf(string? text, string parameter, IReadOnlyList<string> allowed, out string? value)
    {
        value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return value is null || allowed.Contains(value, StringComparer.Ordinal) ? null
            : ApiProblem.InvalidParameter(parameter, $"{parameter} is {string.Join(" of ", allowed)}, niet '{text}'.");
    }

    [GeneratedRegex("^[0-9]{4,6}(-[A-Z0-9]{1,8})?$")]
    private static partial Regex DossierPattern();
}
