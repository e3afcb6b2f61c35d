namespace Mandaat.Cli.Commands;

/// <summary>Dossier numbers are typed as printed ("27 925"); the store keeps them without spaces ("27925").</summary>
public static class DossierArgument
{
    public static string? Normalize(string? dossier) =>
        string.IsNullOrWhiteSpace(dossier) ? null : dossier.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
