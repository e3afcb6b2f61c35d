using System.Text.RegularExpressions;
using Mandaat.Web.Api;

namespace Mandaat.Web.Hosting;

/// <summary>Document ids are short words of letters, digits, dots and dashes (kst-27925-607): nothing that walks a path.</summary>
public static partial class DocumentId
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    public static IResult Invalid(string id) =>
        ApiProblem.InvalidParameter("id", $"'{id}' is geen document-id; een id ziet eruit als kst-27925-607.");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex Pattern();
}
