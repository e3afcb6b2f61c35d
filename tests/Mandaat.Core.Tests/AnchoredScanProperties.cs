using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mandaat.Core.Scanning;

namespace Mandaat.Core.Tests;

/// <summary>
/// <see cref="AnchoredScan"/> must find exactly what the regex engine finds scanning the whole alternation
/// itself: on texts made of its start words in any case (ASCII and not: "één", "€"), their look-alikes inside
/// words, digits (also non-ASCII ones) and punctuation, and on the real samples.
/// </summary>
public sealed class AnchoredScanProperties
{
    // Three alternatives that overlap at the same start ("van" 12 is both a period and the start of a count),
    // so their order decides, as in an alternation.
    private static readonly string[] Alternatives =
    [
        @"\b(?:van|tot)\s+\d+\s+(?:mei|juni)",
        @"(?:€\s?|\bEUR\s)\d+(?:,\d+)?|\b(?:één|een|van)\s+\d+",
        @"(?<![\p{L}\p{N}])\d+\s+(?:militairen|F-16's)",
    ];

    private static readonly string[] Starts = ["van", "tot", "€", "eur", "één", "een", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static readonly AnchoredScan Scan = new([.. Alternatives.Select(a => new Regex(@"\G(?:" + a + ")", Options))], Starts, startsWithDigit: true);

    private static readonly Regex Whole = new(string.Join('|', Alternatives.Select(a => "(?:" + a + ")")), Options);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly string[] Words =
        ["van", "Van", "VAN", "vanaf", "tot", "TOT", "€", "EUR", "euro", "één", "ÉÉN", "Één", "een", "eenheden", "teen", "x", "(", "-"];

    private static readonly string[] Separators = [" ", "  ", "\n", "", ".", ","];

    private static readonly string[] Numbers = ["12", "7", "2017", "3,5", "١٢", "zes"];

    private static readonly string[] Tails = ["", " mei", " juni", " militairen", " F-16's", " x", "-"];

    // Fragments shaped like what the alternatives look for (word, separator, number, tail), in every mix.
    private static readonly Gen<string> Fragment =
        from word in Gen.Elements(Words)
        from separator in Gen.Elements(Separators)
        from number in Gen.Elements(Numbers)
        from tail in Gen.Elements(Tails)
        select word + separator + number + tail;

    [Property(MaxTest = 1000)]
    public Property Finds_what_the_engine_finds_over_the_whole_alternation() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.OneOf(Fragment, Gen.Elements([.. Words, .. Separators, .. Numbers]))).Select(string.Concat).ToArbitrary(),
            text => Found(text).SequenceEqual(Expected(text)));

    [Fact]
    public void Finds_what_the_engine_finds_in_the_samples()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Samples))
        {
            var text = File.ReadAllText(file);
            Assert.Equal(Expected(text), Found(text));
        }
    }

    private static List<(int, int, string)> Found(string text) => [.. Scan.Matches(text).Select(m => (m.Index, m.Length, m.Value))];

    private static List<(int, int, string)> Expected(string text) => [.. Whole.Matches(text).Select(m => (m.Index, m.Length, m.Value))];
}
