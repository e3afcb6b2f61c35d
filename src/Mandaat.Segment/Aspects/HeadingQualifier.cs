namespace Mandaat.Segment.Aspects;

/// <summary>
/// What may follow an aspect's heading without changing what it names: the place or mission the aspect is
/// about ("Veiligheidssituatie Oost-Tsjaad", "Risicoanalyse voor KFOR-2", "Mandaat van UNIFIL") or
/// "Algemeen". Only names qualify (printed with a capital or as figures), so an ordinary sub-heading that
/// begins with an aspect's words ("Risico's voor de bevolking") keeps its own subject.
/// </summary>
internal static class HeadingQualifier
{
    private const int MaxWords = 4;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "voor", "in", "van", "op", "rond", "bij", "te" };

    public static bool Qualifies(IReadOnlyList<string> rest)
    {
        if (rest.Count == 0 || rest.Count > MaxWords)
        {
            return false;
        }

        if (rest.Count == 1 && rest[0].Equals("algemeen", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var first = Prepositions.Contains(rest[0]) ? 1 : 0;
        return first < rest.Count && rest.Skip(first).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }
}
