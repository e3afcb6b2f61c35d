using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>
/// The problems the API answers with: a stable type and status for programs, a Dutch title and detail for the
/// researchers who read them, and for a bad parameter its name in <c>parameter</c>.
/// </summary>
public static class ApiProblem
{
    public static ProblemHttpResult InvalidParameter(string parameter, string detail) =>
        Create(StatusCodes.Status400BadRequest, ProblemTypes.InvalidParameter, "Ongeldige parameter", detail, parameter);

    public static ProblemHttpResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Niet gevonden", detail);

    public static ProblemHttpResult Create(int status, string type, string title, string detail, string? parameter = null) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            type: type,
            extensions: parameter is null ? null : new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>A status described by its defaults (ProblemTypes.ForStatus) with this detail.</summary>
    public static ProblemHttpResult Status(int status, string detail)
    {
        var (type, title) = ProblemTypes.ForStatus(status);
        return Create(status, type, title, detail);
    }
}
