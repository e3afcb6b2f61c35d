using Microsoft.AspNetCore.Diagnostics;

namespace Mandaat.Web.Pages;

/// <summary>
/// An answer without a body for a browser (an unknown path, a refused search, a bad parameter the framework
/// caught) gets a Dutch error page; the API and the operators' routes keep their JSON problem details.
/// </summary>
public static class ErrorPages
{
    public static IApplicationBuilder UseDutchErrorPages(this IApplicationBuilder app) => app.UseStatusCodePages(async context =>
    {
        var http = context.HttpContext;
        if (ForMachines(http.Request.Path))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        var status = http.Response.StatusCode;
        var (title, message) = Describe(status);
        await PageResult.Error(status, title, message).ExecuteAsync(http);
    });

    private static bool ForMachines(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/feeds", StringComparison.OrdinalIgnoreCase);

    public static (string Title, string Message) Describe(int status) => status switch
    {
        StatusCodes.Status404NotFound => ("Pagina niet gevonden", "Deze pagina bestaat niet. Misschien is het adres verkeerd overgenomen."),
        StatusCodes.Status400BadRequest => ("Ongeldige vraag", "Een van de gegevens in het adres kon niet worden gelezen."),
        StatusCodes.Status429TooManyRequests => ("Even geduld", "U hebt in korte tijd veel zoekvragen gesteld. Probeer het over een minuut opnieuw."),
        StatusCodes.Status405MethodNotAllowed => ("Niet toegestaan", "Deze pagina kan zo niet worden opgevraagd."),
        StatusCodes.Status413PayloadTooLarge => ("Te groot", "Het verzoek is te groot."),
        >= 500 => ("Er ging iets mis", "De server kon deze pagina nu niet maken. Probeer het later opnieuw."),
        _ => ("Niet gelukt", "Dit verzoek kon niet worden uitgevoerd."),
    };
}
