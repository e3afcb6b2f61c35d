using System.Text.RegularExpressions;

namespace Mandaat.Register.Commitments;

/// <summary>
/// Tells a report of a commitment being kept ("Zoals toegezegd tijdens het AO van … heeft Nederland
/// …", "De eerste toezegging betreft …", "in deze brief wordt … beschreven") from a promise still to
/// keep ("Uw Kamer zal … worden geïnformeerd", "Conform de toezegging … zal de Kamer worden
/// geïnformeerd"), and a promise to report in the next progress report.
/// </summary>
public static partial class CommitmentWording
{
    public static bool IsFulfilment(string sentence) =>
        (Reported().IsMatch(sentence) || ThisDocument().IsMatch(sentence)) && !Future().IsMatch(sentence);

    public static bool PromisesProgressReport(string sentence) => ProgressReport().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:toegezegd|toezegging(?:en)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(?:in|met)\s+deze\s+(?:brief|rapportage|voortgangsrapportage|beantwoording)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisDocument();

    [GeneratedRegex(@"\b(?:zal|zullen|zult)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:eerstvolgende|volgende|jaarlijkse)\s+voortgangsrapportage", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressReport();
}
