namespace Mandaat.Search.QuestionLists;

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
