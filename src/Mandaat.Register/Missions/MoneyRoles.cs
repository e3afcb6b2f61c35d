using System.Text.RegularExpressions;

namespace Mandaat.Register.Missions;

/// <summary>
/// Reads what an amount of a mission's money is from its sentence: an estimate ("geraamd", "raming",
/// "naar verwachting"), a realisation ("eindrealisatie", "gerealiseerd"), an adjustment of an estimate
/// ("verhoging van de raming"), or just budget. Only amounts about the mission's own spending are
/// budget: aid programmes named in the same letter are not.
/// </summary>
public static partial class MoneyRoles
{
    public const string Estimate = "estimate";
    public const string Realisation = "realisation";
    public const string Adjustment = "adjustment";
    public const string Budget = "budget";

    /// <summary>The role of an amount, or null when its sentence is not about the mission's costs.</summary>
    public static string? Of(string sentence, bool inFinanceSection)
    {
        if (!inFinanceSection && !Spending().IsMatch(sentence))
        {
            return null;
        }

        return Adjusted().IsMatch(sentence) ? Adjustment
            : Realised().IsMatch(sentence) ? Realisation
            : Estimated().IsMatch(sentence) ? Estimate
            : Budget;
    }

    [GeneratedRegex(@"\b(?:uitgaven|kosten|BIV|HGIS|raming|geraamd|realisatie|eindrealisatie|begroot)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spending();

    [GeneratedRegex(@"\b(?:verhoging|verlaging|overrealisatie|onderrealisatie|bijstelling)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Adjusted();

    [GeneratedRegex(@"\b(?:eindrealisatie|realisatie|gerealiseerd|werkelijke\s+uitgaven)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Realised();

    [GeneratedRegex(@"\b(?:geraamd|raming|begroot|naar\s+verwachting|verwachte\s+uitgaven)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Estimated();
}
