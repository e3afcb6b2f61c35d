using System.Diagnostics.CodeAnalysis;

namespace Mandaat.Core;

/// <summary>Reading a contract string back into its value, shared by every <see cref="ISlug{TSelf}"/>.</summary>
public static class SlugSet
{
    /// <summary>The value whose slug is exactly <paramref name="text"/> (ordinal: the contract is lower case).</summary>
    public static bool TryParse<T>(string? text, [NotNullWhen(true)] out T? value)
        where T : class, ISlug<T>
    {
        foreach (var candidate in T.All)
        {
            if (string.Equals(candidate.Slug, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The value of a string that must be one, such as a stored column; anything else is a bug or a damaged store.</summary>
    public static T Parse<T>(string text)
        where T : class, ISlug<T> =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}; expected one of {Names<T>()}");

    /// <summary>The slugs of a set, for messages ("use one of …").</summary>
    public static string Names<T>()
        where T : class, ISlug<T> => string.Join(", ", T.All.Select(v => v.Slug));
}
