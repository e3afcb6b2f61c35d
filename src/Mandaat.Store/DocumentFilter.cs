namespace Mandaat.Store;

/// <summary>Filters for listing documents; null means any.</summary>
public sealed record DocumentFilter(string? Kind = null, string? Dossier = null)
{
    public static DocumentFilter None { get; } = new();
}
