using Mandaat.Web.Hosting;

namespace Mandaat.Web.Pages;

/// <summary>The Dutch pages of CLI.md, each rendered by its endpoint class from its Razor component; every listing pages with ?pagina=N.</summary>
public static class PageRoutes
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/").WithTags("Pagina's").ExcludeFromDescription();
        pages.MapGet("/", HomeEndpoint.RenderAsync).WithName("Dashboard");
        pages.MapGet("/missies", MissionsEndpoint.RenderAsync).WithName("MissionsPage");
        pages.MapGet("/missies/{id}", MissionEndpoint.RenderAsync).WithName("MissionPage");
        pages.MapGet("/documenten", DocumentsEndpoint.RenderAsync).WithName("DocumentsPage");
        pages.MapGet("/documenten/{id}", DocumentEndpoint.RenderAsync).WithName("DocumentPage");
        pages.MapGet("/dossiers", DossiersEndpoint.ListAsync).WithName("DossiersPage");
        pages.MapGet("/dossiers/{nummer}", DossiersEndpoint.RenderAsync).WithName("DossierPage");
        pages.MapGet("/toezeggingen", CommitmentsEndpoint.RenderAsync).WithName("CommitmentsPage");
        pages.MapGet("/zoeken", SearchEndpoint.RenderAsync).WithName("SearchPage").RequireRateLimiting(SearchRateLimit.Policy);
        pages.MapGet("/upload", UploadEndpoint.Form).WithName("UploadForm");
        pages.MapPost("/upload", UploadEndpoint.PostAsync).WithName("UploadPost").DisableAntiforgery();
        pages.MapGet("/api", ApiReferenceEndpoint.Render).WithName("ApiReference");
        pages.MapGet("/site.css", () => TypedResults.Text(SiteCss.Text, "text/css; charset=utf-8"));
    }
}
