using Mandaat.Web.Hosting;

namespace Mandaat.Web.Pages;

/// <summary>The Dutch pages of CLI.md; each page renders in its own file.</summary>
public static class PageRoutes
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/").WithTags("Pagina's").ExcludeFromDescription();
        pages.MapGet("/", DashboardPage.RenderAsync).WithName("Dashboard");
        pages.MapGet("/missies/{id}", MissionPage.RenderAsync).WithName("MissionPage");
        pages.MapGet("/documenten/{id}", DocumentPage.RenderAsync).WithName("DocumentPage");
        pages.MapGet("/zoeken", SearchPage.RenderAsync).WithName("SearchPage").RequireRateLimiting(SearchRateLimit.Policy);
        pages.MapGet("/upload", UploadPage.Form).WithName("UploadForm");
        pages.MapPost("/upload", UploadPage.PostAsync).WithName("UploadPost").DisableAntiforgery();
        pages.MapGet("/api", ApiReferencePage.Render).WithName("ApiReference");
        pages.MapGet("/site.css", () => TypedResults.Text(SiteCss.Text, "text/css; charset=utf-8"));
    }
}
