using System.Globalization;
using Mandaat.Core.Paging;
using Mandaat.Register.Missions;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;
using Mandaat.Store;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>
/// "/zoeken": Mandaat's search in pages of documents, each with its best passages, with the total and counts by
/// soort, jaar, missie and dossier. Every parameter is checked: a wrong one is a Dutch 400 page, never ignored.
/// </summary>
public static class SearchEndpoint
{
    private const int PageSize = 10;

    public static async Task<IResult> RenderAsync(
        LazyStore lazy, MissionRegister register, string? q, string? soort, string? kind, string? dossier, string? jaar, string? missie, string? van, string? tot, string? sorteer, string? pagina, CancellationToken ct)
    {
        var form = new SearchForm(QueryInput.Text(q), QueryInput.Text(soort ?? kind), QueryInput.Text(dossier), QueryInput.Text(jaar), QueryInput.Text(missie), QueryInput.Text(van), QueryInput.Text(tot), QueryInput.Text(sorteer));
        if (!QueryInput.TryKind(form.Kind, out var parsedKind, out var error) || !QueryInput.TryYear(form.Year, out var year, out error) || !QueryInput.TryPage(pagina, out var page, out error, PageSize))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige zoekvraag", error!);
        }

        DateOnly? from = null, to = null;
        if (!CommitmentsEndpoint.TryDate(form.From, false, out from) || !CommitmentsEndpoint.TryDate(form.To, true, out to))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige zoekvraag", "Van en tot nemen een datum zoals 2020-05-31, 2020-05 of 2020.");
        }

        if (form.Sort is not (null or "relevantie" or "datum"))
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige zoekvraag", $"‘{form.Sort}’ is geen volgorde; kies relevantie of datum.");
        }

        if (year is { } y)
        {
            (from, to) = (Later(from, new DateOnly(y, 1, 1)), Earlier(to, new DateOnly(y, 12, 31)));
        }

        var store = await lazy.GetAsync();
        var index = new MissionIndex(await register.IndexAsync(store, ct));
        if (form.Mission is { } m && index.Find(m) is null)
        {
            return PageResult.Error(StatusCodes.Status400BadRequest, "Ongeldige zoekvraag", $"‘{m}’ is geen missie met stukken; de missies staan op /missies.");
        }

        form = form with { Kind = parsedKind?.Slug, Mission = index.Find(form.Mission)?.Id };
        var link = new PageLink("/zoeken", new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = form.Query,
            ["soort"] = form.Kind,
            ["dossier"] = form.Dossier,
            ["jaar"] = form.Year,
            ["missie"] = form.Mission,
            ["van"] = form.From,
            ["tot"] = form.To,
            ["sorteer"] = form.Sort,
            [PageLink.PageKey] = page.Number == 1 ? null : pagina,
        });
        if (form.Query is null || store is not ISearchService search)
        {
            return PageResult.Render<SearchPage>(new { Model = new SearchModel(form, null, [], index, null, [], link) });
        }

        var request = new SearchRequest(form.Query, form.Kind, form.Dossier, from, to, SearchRequest.DefaultLimit, form.Sort == "datum" ? SearchSort.Date : SearchSort.Relevance);
        var within = form.Mission is { } mission ? index.DocumentsOf(mission) : null;
        var outcome = await search.SearchPageAsync(request, new SearchPaging(page, 3, within), ct);
        if (!outcome.Succeeded)
        {
            var model = new SearchModel(form, null, [], index, SearchErrors.Dutch(outcome.Error!), [], link);
            return PageResult.Render<SearchPage>(new { Model = model }, StatusCodes.Status400BadRequest);
        }

        var results = outcome.Value;
        var suggestions = results.Documents.Total == 0 ? await SuggestAsync(search, form, ct) : [];
        return PageResult.Render<SearchPage>(new { Model = new SearchModel(form, results, index.Facets(results.DocumentIds), index, null, suggestions, link) });
    }

    /// <summary>On zero hits: the same words without the filters, any of the words instead of all, and a word's beginning; each only when it finds something.</summary>
    private static async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(ISearchService search, SearchForm form, CancellationToken ct)
    {
        var query = form.Query!;
        var candidates = new List<(string Query, string Description)>();
        var filtered = form.Kind is not null || form.Dossier is not null || form.Year is not null || form.Mission is not null || form.From is not null || form.To is not null;
        if (filtered)
        {
            candidates.Add((query, "dezelfde woorden zonder filters"));
        }

        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var plain = words.All(w => w.All(c => char.IsLetterOrDigit(c) || c == '-'));
        if (plain && words.Length > 1)
        {
            candidates.Add((string.Join(" OR ", words), "een van de woorden in plaats van alle"));
        }

        if (plain && words.Length == 1 && words[0].Length > 5)
        {
            candidates.Add((words[0][..5].ToLower(CultureInfo.GetCultureInfo("nl-NL")) + "*", "woorden die zo beginnen"));
        }

        var found = new List<SearchSuggestion>();
        foreach (var (candidate, description) in candidates)
        {
            var outcome = await search.SearchPageAsync(new SearchRequest(candidate), new SearchPaging(new PageRequest(1, 1), 1, Facets: false), ct);
            if (outcome.Succeeded && outcome.Value.Documents.Total > 0)
            {
                var url = new PageLink("/zoeken", new Dictionary<string, string?>(StringComparer.Ordinal) { ["q"] = candidate }).ToString();
                found.Add(new SearchSuggestion(url, $"{candidate} ({description})", outcome.Value.Documents.Total));
            }
        }

        return found;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;
}
