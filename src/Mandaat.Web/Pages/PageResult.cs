using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Pages;

/// <summary>A page component rendered on the server into the answer: Razor encodes every value it writes, so stored text (untrusted) stays text.</summary>
public static class PageResult
{
    public static IResult Render<TComponent>(object parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new RazorComponentResult<TComponent>(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };

    /// <summary>The Dutch error page with its status: what went wrong and where to go on.</summary>
    public static IResult Error(int status, string title, string message) =>
        Render<ErrorPage>(new { Status = status, Title = title, Message = message }, status);
}
