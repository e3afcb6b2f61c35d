namespace Mandaat.Dutch;

/// <summary>
/// The words that hedge a number, folded onto <see cref="Qualifier"/>. The gold annotations write
/// "ca." as "circa"; "zo'n", "rond de", "omstreeks" and "naar schatting" mean "about" and become
/// <see cref="Qualifier.Ongeveer"/>; "tot", "ten hoogste", "hooguit" and "niet meer dan" state a
/// ceiling and become <see cref="Qualifier.Maximaal"/>.
/// </summary>
public static class DutchQualifier
{
    // Longest first, so "tot maximaal" wins over "tot" and "niet meer dan" over "meer dan".
    private static readonly (string Words, Qualifier Qualifier)[] Phrases =
    [
        .. new (string, Qualifier)[]
        {
            ("ruim", Qualifier.Ruim),
            ("circa", Qualifier.Circa),
            ("ca.", Qualifier.Circa),
            ("ca", Qualifier.Circa),
            ("c.a.", Qualifier.Circa),
            ("ongeveer", Qualifier.Ongeveer),
            ("zo'n", Qualifier.Ongeveer),
            ("rond de", Qualifier.Ongeveer),
            ("rond", Qualifier.Ongeveer),
            ("omstreeks", Qualifier.Ongeveer),
            ("ruwweg", Qualifier.Ongeveer),
            ("grofweg", Qualifier.Ongeveer),
            ("naar schatting", Qualifier.Ongeveer),
            ("maximaal", Qualifier.Maximaal),
            ("max.", Qualifier.Maximaal),
            ("ten hoogste", Qualifier.Maximaal),
            ("hoogstens", Qualifier.Maximaal),
            ("hooguit", Qualifier.Maximaal),
            ("niet meer dan", Qualifier.Maximaal),
            ("tot maximaal", Qualifier.Maximaal),
            ("tot", Qualifier.Maximaal),
            ("bijna", Qualifier.Bijna),
            ("vrijwel", Qualifier.Bijna),
            ("nagenoeg", Qualifier.Bijna),
            ("meer dan", Qualifier.MeerDan),
            ("ruim meer dan", Qualifier.MeerDan),
            ("minimaal", Qualifier.Minimaal),
            ("min.", Qualifier.Minimaal),
            ("ten minste", Qualifier.Minimaal),
            ("tenminste", Qualifier.Minimaal),
            ("minstens", Qualifier.Minimaal),
            ("minder dan", Qualifier.MinderDan),
        }.OrderByDescending(p => p.Item1.Length),
    ];

    /// <summary>Reads a qualifier on its own: "ca." → <see cref="Qualifier.Circa"/>; an empty phrase is <see cref="Qualifier.None"/>.</summary>
    public static ParseResult<Qualifier> Parse(string? text)
    {
        var cleaned = Phrase.Clean(text);
        if (cleaned.Length == 0)
        {
            return ParseResult<Qualifier>.ForValue(Qualifier.None);
        }

        foreach (var (words, qualifier) in Phrases)
        {
            if (cleaned == words)
            {
                return ParseResult<Qualifier>.ForValue(qualifier);
            }
        }

        return ParseResult<Qualifier>.ForError($"'{text}' is not a qualifier");
    }

    /// <summary>
    /// Splits a leading qualifier off a cleaned phrase: "ca. 100 tot 150" → (Circa, "100 tot 150").
    /// The phrase is returned unchanged with <see cref="Qualifier.None"/> when it starts with none.
    /// </summary>
    internal static (Qualifier Qualifier, string Remainder) SplitLeading(string cleaned)
    {
        foreach (var (words, qualifier) in Phrases)
        {
            if (cleaned.StartsWith(words, StringComparison.Ordinal)
                && (cleaned.Length == words.Length || cleaned[words.Length] == ' ' || words.EndsWith('.')))
            {
                return (qualifier, cleaned[words.Length..].TrimStart());
            }
        }

        return (Qualifier.None, cleaned);
    }
}
