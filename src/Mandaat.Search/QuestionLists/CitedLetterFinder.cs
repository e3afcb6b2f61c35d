using System.Text.RegularExpressions;

namespace Mandaat.Search.QuestionLists;

/// <summary>
/// Finds the letter a list of questions and answers is about. Such lists open with "… over de brief
/// van … inzake … (Kamerstuk 27 925, nr. 732)"; only the opening is read, because the answers cite
/// many other papers that the list is not about.
/// </summary>
public static partial class CitedLetterFinder
{
    /// <summary>How much of the text counts as title and introduction.</summary>
    private const int OpeningLength = 2500;

    public static CitedLetter? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var opening = text.Length <= OpeningLength ? text : text[..OpeningLength];
        var match = InzakeCitation().Match(opening);
        if (!match.Success)
        {
            return null;
        }

        var dossier = match.Groups["dossier"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        return new CitedLetter(dossier, match.Groups["number"].Value, WhiteSpace().Replace(match.Value, " "));
    }

    // "inzake" (or "over", "betreffende") and within a few lines a Kamerstuk citation in parentheses.
    [GeneratedRegex(
        @"\b(?:inzake|betreffende|over\s+de\s+brief)\b[^()]{0,400}?\(\s*(?:Tweede\s+)?Kamerstuk(?:ken)?\s+(?<dossier>\d{2}[\s\u00a0]?\d{3}(?:-[A-Z]+)?)\s*,\s*nr\.?\s*(?<number>\d+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InzakeCitation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

/// <summary>The letter a list of questions is about, as cited in its title or introduction ("Kamerstuk 27 925, nr. 732").</summary>
public sealed record CitedLetter(string Dossier, string Number, string Quote)
{
    /// <summary>The stable id the letter has in any store (CLI.md): "kst-27925-732".</summary>
    public string Id => $"kst-{Dossier}-{Number}";

    /// <summary>As people write it: "Kamerstuk 27 925, nr. 732".</summary>
    public string Label => Dossier.Length == 5 && Dossier.All(char.IsDigit)
        ? $"Kamerstuk {Dossier[..2]} {Dossier[2..]}, nr. {Number}"
        : $"Kamerstuk {Dossier}, nr. {Number}";
}
