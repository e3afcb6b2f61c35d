using Mandaat.Core.Documents;

namespace Mandaat.Store;

/// <summary>Chooses the title shown in lists; documents without a subject still need a recognisable name.</summary>
public static class DocumentTitle
{
    private const int MaxLength = 120;

    public static string For(DocumentIdentity identity, string text)
    {
        if (!string.IsNullOrWhiteSpace(identity.Subject))
        {
            return identity.Subject;
        }

        if (!string.IsNullOrWhiteSpace(identity.Title))
        {
            return identity.Title;
        }

        if (identity.Dossier is not null && identity.Number is not null)
        {
            return $"Kamerstuk {identity.Dossier}, nr. {identity.Number}";
        }

        var firstParagraph = text.Split("\n\n", 2, StringSplitOptions.TrimEntries)[0];
        return firstParagraph.Length <= MaxLength ? firstParagraph : firstParagraph[..MaxLength].TrimEnd() + "…";
    }
}
