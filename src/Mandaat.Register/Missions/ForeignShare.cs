using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Dutch;

namespace Mandaat.Register.Missions;

/// <summary>
/// Whether a fact of a letter is another state's or the whole multinational force's rather than the Netherlands'
/// own contribution: "Op grond van een bilaterale overeenkomst met Tsjaad heeft Frankrijk overigens permanent 1250
/// troepen in het land", "Rusland is voornemens vanaf medio 2006 met twee fregatten aan deze operatie te gaan
/// deelnemen", "Ook de zeshonderd Britse militairen van EUFOR verlaten Bosnië", "circa zesduizend militairen, onder
/// wie 280 Nederlanders", "Telt SFOR nu nog zo'n 19.000 manschappen". The extractors keep such counts (a count of personnel of any nation is a fact of the
/// paper); the register does not show them as the mission's deployment.
/// </summary>
/// <remarks>
/// A count or period is read as belonging to the nearest actor before it in its sentence. A state acts when it is the
/// subject of a verb ("Frankrijk heeft", "heeft Frankrijk", "de Franse luchtmacht zet"); a state named without a verb
/// beside it is a place, a partner or part of a mission's name ("met Tsjaad", "de veiligheidsinzet Irak", "EUTM
/// Somalië") and acts for nobody, as does one after a preposition ("de missie in Afghanistan is"). Any word naming the Netherlands (<see cref="DutchNations.Dutch"/>) is an actor and
/// wins when it is nearer ("Nederland levert 1 Patriot-vuureenheid, Duitsland 2"), and a state joined to it ("Nederland
/// en Duitsland leveren") acts with it; a sentence that names no actor is the letter's own, as Dutch letters write
/// ("De 160 militairen vertrekken richting Irak"). A legal basis is never another state's: the Dutch basis is often
/// an ally's right ("de VS het recht op zelfverdediging toekomt").
/// </remarks>
public static partial class ForeignShare
{
    /// <summary>
    /// True when the fact at <paramref name="span"/> in <paramref name="text"/> belongs to another state or to the whole
    /// force, read within its <paramref name="sentence"/>.
    /// </summary>
    public static bool Of(Fact fact, string text, TextSpan sentence, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (fact is not (PersonnelFact or AssetFact or PeriodFact) || sentence.End > text.Length || span.Start < sentence.Start || span.End > sentence.End)
        {
            return false;
        }

        var counted = text[span.Start..span.End];
        if (fact is PersonnelFact or AssetFact)
        {
            // "vierhonderd Nederlandse militairen" is ours; "zeshonderd Britse militairen" is not.
            if (DutchNations.Dutch.IsMatch(counted))
            {
                return false;
            }

            if (DutchNations.Foreign.Matches(counted).Any(m => DutchNations.IsAdjective(m.Value)) || WholeForce().IsMatch(text[span.End..sentence.End])
                || (ForceSize().IsMatch(text[sentence.Start..span.Start]) && !DutchNations.Dutch.IsMatch(text[sentence.Start..sentence.End])))
            {
                return true;
            }
        }

        return Actors(text[sentence.Start..span.Start]).LastOrDefault() is { Foreign: true };
    }

    private static IEnumerable<(int At, bool Foreign)> Actors(string clause)
    {
        var dutch = DutchNations.Dutch.Matches(clause).Select(m => (At: m.Index, Foreign: false));
        var foreign = DutchNations.Foreign.Matches(clause).Where(m => Acts(clause, m)).Select(m => (At: m.Index, Foreign: true));
        return dutch.Concat(foreign).OrderBy(a => a.At);
    }

    // A state acts when it is the subject of a verb: "Frankrijk heeft", "heeft Frankrijk", "de Franse luchtmacht zet",
    // "heeft de Turkse regering". A state named without a verb beside it is a place or a mission's name ("met Tsjaad",
    // "de veiligheidsinzet Irak", "EUTM Somalië"). A state joined to the Netherlands ("Nederland en Duitsland leveren")
    // acts with it, not instead of it.
    private static bool Acts(string clause, Match state)
    {
        var before = clause[..state.Index];
        var after = clause.AsSpan(state.Index + state.Length);
        if (Governed().IsMatch(before) || (JoinedToDutch().IsMatch(before) && DutchNations.Dutch.IsMatch(before)))
        {
            return false;
        }

        return DutchNations.IsAdjective(state.Value)
            ? NounThenVerb().IsMatch(after) || VerbThenArticle().IsMatch(before)
            : VerbAfter().IsMatch(after) || VerbBefore().IsMatch(before);
    }

    private const string Verbs =
        "heeft|hebben|had|hadden|is|zijn|was|waren|zal|zullen|zou|zouden|wil|willen|wilde|kan|kunnen|kon|gaat|gaan|ging|" +
        "levert|leveren|leverde|stuurt|sturen|stuurde|zendt|zenden|zond|zet|zetten|zette|draagt|dragen|droeg|neemt|nemen|nam|namen|" +
        "stelt|stellen|stelde|biedt|bieden|bood|besloot|besluit|verlengt|verlengde|voert|voerde|telt|telde|ontplooit|ontplooide|" +
        "beschikt|houdt|hield|krijgt|kreeg|blijft|bleef|trekt|trok|staat|stond|inzet|opereert|opereerde";

    [GeneratedRegex(@"^\s+(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAfter();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\s+(?:(?:ook|al|nu|inmiddels|overigens|daarnaast)\s+)?(?:(?:de|het)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"^\s+\p{Ll}+\s+(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex NounThenVerb();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\s+(?:(?:ook|al|nu|inmiddels|overigens|daarnaast)\s+)?(?:de|het)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenArticle();

    // "de missie in Afghanistan is …": a state after a preposition is a place or a partner, whatever verb follows.
    [GeneratedRegex(
        @"\b(?:met|aan|in|naar|uit|voor|door|tegen|van|bij|op|over|tussen|boven|richting|vanuit|binnen|rond|nabij|tot|als|om|zoals|namens|dan|langs)\s+(?:(?:de|het)\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Governed();

    [GeneratedRegex(@"(?:\ben|\bof|\bsamen\s+met)\s+(?:(?:de|het)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedToDutch();

    // What the force as a whole counts, in a sentence that names no Dutch part: "Telt SFOR nu nog zo'n 19.000
    // manschappen", "De European Force bestaat nu nog uit circa zesduizend militairen", "De totale EUFOR DRC eenheid
    // bestaat uit 1700 militairen", "de omvang van EUFOR teruggebracht van 6.000 naar 2.500 militairen".
    private const string Force = @"(?:\p{Lu}{3,}|[\p{L}-]*(?:troepenmacht|vredesmacht|stabilisatiemacht|missie|coalitie)|(?<!Task\s?)Force)";

    [GeneratedRegex(
        @"(?:" + Force + @"\s+(?:[\p{L}.'’]+\s+){0,4}?(?:telt|telde|bestaat|bestond|omvat|omvatte)\b|\b[Tt]el(?:t|de)\s+(?:de\s+)?" + Force +
        @"|\bomvang\s+van\s+(?:de\s+)?" + Force + @")(?:[^.;]|(?<=\d)\.(?=\d))*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ForceSize();

    // The Dutch part named right after a count makes the count the whole force: "circa zesduizend militairen,
    // onder wie 280 Nederlanders", "1700 militairen, waarvan 60 Nederlandse mariniers".
    [GeneratedRegex(@"^[^.;]{0,20}?\b(?:onder\s+wie|waaronder|waarvan|van\s+wie)\b[^.;]{0,40}?\bNederland(?:ers|se)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WholeForce();
}
