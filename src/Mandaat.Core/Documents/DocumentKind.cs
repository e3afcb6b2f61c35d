namespace Mandaat.Core.Documents;

/// <summary>The kinds of document of FORMAT.md; the strings are the contract's values.</summary>
public static class DocumentKind
{
    public const string Artikel100 = "artikel100";
    public const string Kennisgeving = "kennisgeving";
    public const string Voortgangsrapportage = "voortgangsrapportage";
    public const string VragenEnAntwoorden = "vragen-en-antwoorden";
    public const string Verslag = "verslag";
    public const string Evaluatie = "evaluatie";
    public const string Brief = "brief";

    public static IReadOnlyList<string> All { get; } =
        [Artikel100, Kennisgeving, Voortgangsrapportage, VragenEnAntwoorden, Verslag, Evaluatie, Brief];

    public static bool IsKnown(string kind) => All.Contains(kind);
}
