namespace Mandaat.Web.Api;

/// <summary>
/// Fills in what a problem lacks: a problem written by the framework (an unknown route, a body too large, the rate
/// limiter) gets the stable type and the Dutch title and detail of its status, so no English default reaches a reader.
/// </summary>
public static class ProblemDefaults
{
    public static IServiceCollection AddMandaatProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            var (type, title) = ProblemTypes.ForStatus(status);
            if (problem.Type is null || !problem.Type.StartsWith("urn:mandaat:", StringComparison.Ordinal))
            {
                // The framework's defaults (an RFC link and an English title) are replaced together.
                problem.Type = type;
                problem.Title = title;
                problem.Detail ??= ProblemTypes.DetailFor(status);
            }
        });
}
