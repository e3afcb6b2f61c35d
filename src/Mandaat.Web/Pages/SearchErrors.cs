using System.Text.RegularExpressions;

namespace Mandaat.Web.Pages;

/// <summary>
/// Why a query could not be read, in Dutch for the search page. The parser words its reasons in English (the CLI's
/// and the API's language); each kind of reason has its Dutch sentence here, by the parser's wording.
/// </summary>
public static partial class SearchErrors
{
    public static string Dutch(string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var quoted = Quoted().Match(error) is { Success: true } m ? m.Groups[1].Value : null;
        return error switch
        {
            _ when error.StartsWith("the query is empty", StringComparison.Ordinal) => "Vul een of meer woorden in.",
            _ when error.Contains("characters long", StringComparison.Ordinal) => "De zoekvraag is te lang; zoek op een paar woorden.",
            _ when error.Contains("filters alone select nothing", StringComparison.Ordinal) => "Filters alleen vinden niets; voeg een woord toe.",
            _ when error.Contains("no words to search for", StringComparison.Ordinal) => "De zoekvraag bevat geen woorden, alleen leestekens of tekens; geef een woord.",
            _ when error.Contains("cannot be excluded", StringComparison.Ordinal) => "Een filter kan niet worden uitgesloten (-soort:…); filter op wat u wél zoekt.",
            _ when error.StartsWith("unknown kind", StringComparison.Ordinal) => $"‘{quoted}’ is geen soort stuk.",
            _ when error.StartsWith("dossier:", StringComparison.Ordinal) => $"dossier: verwacht een dossiernummer zoals 27925 of 35570-X, niet ‘{quoted}’.",
            _ when error.Contains("expects a date", StringComparison.Ordinal) => $"Een datum moet eruitzien als 2020-05-31, 2020-05 of 2020, niet ‘{quoted}’.",
            _ when error.Contains("expects a year", StringComparison.Ordinal) => $"Een jaar moet eruitzien als 2020, niet ‘{quoted}’.",
            _ when error.StartsWith("type:", StringComparison.Ordinal) => $"type: verwacht question of paragraph, niet ‘{quoted}’.",
            _ when error.StartsWith("unknown filter", StringComparison.Ordinal) => "Dit filter bestaat niet; gebruik kind:, dossier:, from:, to:, year: of type:.",
            _ when error.Contains("disagree", StringComparison.Ordinal) => "Het filter in het formulier en dat in de zoekvraag spreken elkaar tegen; geef er één.",
            _ when error.StartsWith("the period is empty", StringComparison.Ordinal) => "De periode is leeg: het begin ligt na het eind.",
            _ => "De zoekvraag kon niet worden gelezen. Controleer aanhalingstekens en haakjes.",
        };
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
