namespace Mandaat.Dutch;

/// <summary>
/// Cuts a compound number word into its pieces by taking the longest known piece at each position.
/// Dutch number pieces never overlap ambiguously ("achttien" is one piece, "acht" + "en" + "twintig"
/// three), so longest-first is enough and no backtracking is needed.
/// </summary>
internal static class NumberWordLexer
{
    private static readonly (string Text, NumberToken Token)[] Pieces = BuildPieces();

    /// <summary>The pieces, or null when some part of the word is not a number piece.</summary>
    public static List<NumberToken>? Lex(string word)
    {
        var tokens = new List<NumberToken>();
        var position = 0;
        while (position < word.Length)
        {
            var found = false;
            foreach (var (text, token) in Pieces)
            {
                if (string.CompareOrdinal(word, position, text, 0, text.Length) == 0)
                {
                    tokens.Add(token);
                    position += text.Length;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return tokens;
    }

    private static (string, NumberToken)[] BuildPieces()
    {
        var pieces = new List<(string, NumberToken)>
        {
            ("nul", new(NumberTokenKind.Zero, 0)),
            ("honderd", new(NumberTokenKind.Hundred, 100)),
            ("duizend", new(NumberTokenKind.Thousand, 1000)),
            ("ën", new(NumberTokenKind.And, 0)),
            ("en", new(NumberTokenKind.And, 0)),
        };
        string[] units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
        for (var i = 0; i < units.Length; i++)
        {
            pieces.Add((units[i], new(NumberTokenKind.Unit, i + 1)));
        }

        string[] teens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
        for (var i = 0; i < teens.Length; i++)
        {
            pieces.Add((teens[i], new(NumberTokenKind.Teen, 10 + i)));
        }

        string[] tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
        for (var i = 0; i < tens.Length; i++)
        {
            pieces.Add((tens[i], new(NumberTokenKind.Ten, 20 + (10 * i))));
        }

        // Longest first, so "zeventien" wins over "zeven" and "achttien" over "acht".
        return [.. pieces.OrderByDescending(p => p.Item1.Length)];
    }
}

/// <summary>The kinds of piece a Dutch number word is glued together from.</summary>
internal enum NumberTokenKind
{
    Zero,
    Unit,
    Teen,
    Ten,
    Hundred,
    Thousand,
    And,
}

/// <summary>One piece of a compound number word: "twee" + "ën" + "twintig".</summary>
internal readonly record struct NumberToken(NumberTokenKind Kind, int Value);
