using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Mandaat.Dutch.Tests;

public sealed class NumberWordProperties
{
    private static readonly Arbitrary<int> BelowAMillion = Gen.Choose(0, 999_999).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Any_number_below_a_million_written_in_words_reads_back() =>
        Prop.ForAll(BelowAMillion, n => DutchNumberWords.Parse(DutchNumberWords.Write(n)) is { Success: true } r && r.Value == n);

    [Property(MaxTest = 2000)]
    public Property The_phrase_grammar_reads_written_numbers_too() =>
        Prop.ForAll(BelowAMillion, n => DutchNumber.Parse(DutchNumberWords.Write(n)) is { Success: true } r && r.Value == n);

    [Property(MaxTest = 500)]
    public Property Millions_in_words_read_back_through_the_phrase_grammar() =>
        Prop.ForAll(
            Gen.Choose(1_000_000, int.MaxValue).ToArbitrary(),
            n => DutchNumber.Parse(DutchNumberWords.Write(n)) is { Success: true } r && r.Value == n);

    [Property(MaxTest = 1000)]
    public Property No_grammar_throws_on_arbitrary_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            _ = DutchNumber.Parse(text);
            _ = DutchQuantity.Parse(text);
            _ = DutchMoney.Parse(text);
            _ = DutchDate.Parse(text, new DateOnly(2020, 1, 1));
            _ = DutchPeriod.Parse(text, new DateOnly(2020, 1, 1));
            return true;
        });
}
