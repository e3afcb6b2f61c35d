namespace Mandaat.Core;

/// <summary>
/// A closed set of named values whose names are contract strings (FORMAT.md, CLI.md): a type of its
/// own per set, so a fact type cannot be passed where a document kind is expected and a misspelled
/// value does not compile. See ADR 0008.
/// </summary>
public interface ISlug<TSelf>
    where TSelf : class, ISlug<TSelf>
{
    /// <summary>The contract string, as stored and as written in JSON and CSV.</summary>
    string Slug { get; }

    /// <summary>Every value of the set, in the order the contract lists them.</summary>
    static abstract IReadOnlyList<TSelf> All { get; }
}
