namespace Mandaat.Web.Pages;

/// <summary>A route of the REST API as its reference page lists it.</summary>
public sealed record ApiRoute(string Methods, string Pattern, string? Summary);
