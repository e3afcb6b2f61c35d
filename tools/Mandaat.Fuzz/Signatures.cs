using System.Text.RegularExpressions;
using Mandaat.Search.Query;

namespace Mandaat.Fuzz;

/// <summary>How outcomes are told apart: messages without their numbers and quoted parts, sizes by powers of two, a query's tree by its node types.</summary>
public static partial class Signatures
{
    public static string Template(string message) => Quoted().Replace(Digits().Replace(message, "#"), "'…'");

    public static int Bucket(int count) => count == 0 ? 0 : 1 + (int)Math.Log2(count);

    /// <summary>The query's tree by node type, two levels deep: deeper nesting would make every input new.</summary>
    public static string Shape(QueryNode node, int depth = 0) => depth > 1 ? "…" : node switch
    {
        AllQuery all => $"All({string.Join(',', all.Children.Select(c => Shape(c, depth + 1)).Distinct())})",
        AnyQuery any => $"Any({string.Join(',', any.Children.Select(c => Shape(c, depth + 1)).Distinct())})",
        NotQuery not => $"Not({Shape(not.Child, depth + 1)})",
        WordQuery word => word.Prefix ? "Prefix" : "Word",
        _ => node.GetType().Name,
    };

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"'[^']*'|""[^""]*""")]
    private static partial Regex Quoted();
}
