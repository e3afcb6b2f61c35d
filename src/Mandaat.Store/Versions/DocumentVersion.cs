namespace Mandaat.Store.Versions;

/// <summary>One version of a stored paper: the file it was read from and when it was stored and replaced.</summary>
public sealed record DocumentVersion(int Version, string ContentHash, string Path, DateTimeOffset IngestedAt, DateTimeOffset? ReplacedAt)
{
    /// <summary>The version search and the register count: the one not replaced.</summary>
    public bool Current => ReplacedAt is null;
}
