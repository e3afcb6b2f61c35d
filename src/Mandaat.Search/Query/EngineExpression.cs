namespace Mandaat.Search.Query;

/// <summary>Helpers for the backends that compile a <see cref="QueryNode"/> tree into their engine's expression text.</summary>
public static class EngineExpression
{
    /// <summary>
    /// Joins the parts that compiled to something (a part of only punctuation compiles to null) with an
    /// operator, in parentheses when there are several so that the operator binds as the tree says; null when none did.
    /// </summary>
    public static string? Join(IEnumerable<string?> parts, string separator)
    {
        var present = parts.OfType<string>().ToList();
        return present.Count switch
        {
            0 => null,
            1 => present[0],
            _ => "(" + string.Join(separator, present) + ")",
        };
    }
}
