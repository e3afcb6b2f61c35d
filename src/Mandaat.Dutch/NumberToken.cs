namespace Mandaat.Dutch;

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
