using Mandaat.Core.Paging;
using Mandaat.Search.Ranking;
using Mandaat.Web.Pages.Shared;

namespace Mandaat.Web.Pages;

/// <summary>
/// The search page: the form's values, and when a query was given either the results (a page of documents with
/// their best passages, the total and the facets, the mission facet from the register) or why the query could not
/// be read; on zero hits, other queries that do find something.
/// </summary>
public sealed record SearchModel(
    SearchForm Form,
    SearchResults? Results,
    IReadOnlyList<FacetCount> Missions,
    MissionIndex Index,
    string? Error,
    IReadOnlyList<SearchSuggestion> Suggestions,
    PageLink Link);

/// <summary>The search form's values as the URL gives them.</summary>
public sealed record SearchForm(string? Query, string? Kind, string? Dossier, string? Year, string? Mission, string? From, string? To, string? Sort);

/// <summary>Another query that finds something when the asked one found nothing: its address, what it is, and how many documents it finds.</summary>
public sealed record SearchSuggestion(string Url, string Description, int Total);
