using System.Collections.Frozen;
using System.Xml.Linq;

namespace Mandaat.Readers;

/// <summary>How an element of officielebekendmakingen XML shows on the printed page.</summary>
internal enum PublicationXmlRole
{
    /// <summary>Text runs on inside the current line (nadruk, extref, unknown elements).</summary>
    Inline,

    /// <summary>A name part the markup writes without a space before it (voornaam, achternaam).</summary>
    Word,

    /// <summary>A number that needs a space on both sides ("1." before a kop titel or list item).</summary>
    Label,

    /// <summary>A line of its own inside a paragraph (list item, table row, signature line).</summary>
    Line,

    /// <summary>A table cell; cells of a row are separated by " | ".</summary>
    Cell,

    /// <summary>A paragraph of its own (al, tussenkop, kop, titel, containers).</summary>
    Block,

    /// <summary>A footnote, printed at the end.</summary>
    Note,

    /// <summary>No printed text (metadata, pictures).</summary>
    Skip,
}

/// <summary>The role of each element, by local name and, where it matters, its parent's.</summary>
internal static class PublicationXmlRoles
{
    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
    [
        "al", "al-groep", "tussenkop", "kop", "titel", "datumtekst", "stuknr", "dossier", "kamerstukkop", "tekst",
        "divisie", "vrije-tekst", "algemeen", "stuk", "kamerstuk", "handelingen", "kamervragen", "staatsblad",
        "vergadering", "vergadering-nummer", "vergaderdatum", "vergadertijd", "opening", "sluiting", "agendapunt",
        "item-titel", "onderwerp", "spreekbeurt", "spreker", "motie", "motie-info", "lijst", "table", "title",
        "ondertekening", "tekst-sluiting", "kamervraagkop", "kamervraagnummer", "kamervraagomschrijving",
        "kamervraagonderwerp", "vraag", "antwoord", "mededeling", "box", "definitielijst", "definitie-item", "term",
        "definitie", "bijlage", "voorstel-wet", "aanhef", "considerans", "considerans.al", "wettekst", "artikel",
        "lid", "wijziging", "amendement", "slotformulering", "dagtekening", "nota-toelichting", "ondertekening-regel",
        "p", "nr",
    ]);

    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["naam", "voornaam", "voorletters", "initialen", "tussenvoegsel", "achternaam", "voorvoegsels", "functie"]);

    private static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
        ["metadata", "meta", "plaatje", "illustratie", "colspec", "spanspec"]);

    public static PublicationXmlRole Of(XElement element)
    {
        var name = element.Name.LocalName;
        var parent = element.Parent?.Name.LocalName;
        switch (name)
        {
            case "noot":
                return PublicationXmlRole.Note;
            case "li" or "tekstregel" or "row":
                return PublicationXmlRole.Line;
            case "entry":
                return PublicationXmlRole.Cell;
            case "li.nr" or "noot.nr":
                return PublicationXmlRole.Label;
        }

        // Signatures print as "functie" line, then the name line.
        if (parent == "ondertekening")
        {
            return PublicationXmlRole.Line;
        }

        // "1. Inleiding" and "27 925 Bestrijding internationaal terrorisme" read as one heading line.
        if (parent is "kop" or "dossier")
        {
            return name is "nr" or "label" ? PublicationXmlRole.Label : PublicationXmlRole.Word;
        }

        if (Skipped.Contains(name))
        {
            return PublicationXmlRole.Skip;
        }

        if (Blocks.Contains(name))
        {
            return PublicationXmlRole.Block;
        }

        return Words.Contains(name) ? PublicationXmlRole.Word : PublicationXmlRole.Inline;
    }
}
