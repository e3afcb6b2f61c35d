namespace Mandaat.Dutch;

/// <summary>
/// Reads the pieces of one number word below a million by recursive descent:
/// <code>
/// number    := "nul" | thousands
/// thousands := [below1000] "duizend" ["en"] [below1000] | hundreds
/// hundreds  := [below100] "honderd" ["en"] [below100] | below100
/// below100  := teen | ten | unit ["en" ten]
/// </code>
/// A multiplier of ten or more before "honderd" ("vijftienhonderd" = 1500) is accepted, but then no
/// "duizend" may follow, which keeps "elfhonderdduizend" out.
/// </summary>
internal sealed class NumberWordParser
{
    private readonly List<NumberToken> _tokens;
    private int _position;

    private NumberWordParser(List<NumberToken> tokens) => _tokens = tokens;

    /// <summary>The value of the whole token list, or null when it is not one well-formed number.</summary>
    public static long? Parse(List<NumberToken> tokens)
    {
        if (tokens.Count == 1 && tokens[0].Kind == NumberTokenKind.Zero)
        {
            return 0;
        }

        var parser = new NumberWordParser(tokens);
        var value = parser.Thousands();
        return value is not null && parser._position == tokens.Count ? value : null;
    }

    private NumberTokenKind? Peek(int ahead = 0) =>
        _position + ahead < _tokens.Count ? _tokens[_position + ahead].Kind : null;

    private long? Thousands()
    {
        var start = _position;
        var (multiplier, bigMultiplier) = Hundreds();
        if (Peek() != NumberTokenKind.Thousand)
        {
            return multiplier;
        }

        if (bigMultiplier)
        {
            _position = start;
            return null;
        }

        _position++;
        var rest = OptionalRest(() => Hundreds() is (var value, false) ? value : null);
        return ((multiplier ?? 1) * 1000) + (rest ?? 0);
    }

    /// <summary>The value below ten thousand, and whether its multiplier of "honderd" was ten or more.</summary>
    private (long? Value, bool BigMultiplier) Hundreds()
    {
        var multiplier = Below100();
        if (Peek() != NumberTokenKind.Hundred)
        {
            return (multiplier, false);
        }

        _position++;
        var rest = OptionalRest(Below100);
        return (((multiplier ?? 1) * 100) + (rest ?? 0), multiplier >= 10);
    }

    /// <summary>What follows "honderd" or "duizend": optionally "en", then a smaller number.</summary>
    private long? OptionalRest(Func<long?> smaller)
    {
        var start = _position;
        if (Peek() == NumberTokenKind.And)
        {
            _position++;
        }

        var value = smaller();
        if (value is null)
        {
            _position = start;
        }

        return value;
    }

    private long? Below100()
    {
        switch (Peek())
        {
            case NumberTokenKind.Teen:
            case NumberTokenKind.Ten:
                return _tokens[_position++].Value;
            case NumberTokenKind.Unit:
                var unit = _tokens[_position++].Value;
                if (Peek() == NumberTokenKind.And && Peek(1) == NumberTokenKind.Ten)
                {
                    var ten = _tokens[_position + 1].Value;
                    _position += 2;
                    return unit + ten;
                }

                return unit;
            default:
                return null;
        }
    }
}
