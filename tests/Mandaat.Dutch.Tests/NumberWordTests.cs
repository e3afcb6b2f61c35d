namespace Mandaat.Dutch.Tests;

public sealed class NumberWordTests
{
    public static TheoryData<string, long, string> Words => new()
    {
        { "een", 1, "the smallest unit; as a count it is the extractor's call whether it is an article" },
        { "één", 1, "stress accents are printed to tell the number from the article" },
        { "twee", 2, "'twee F-16's'" },
        { "zes", 6, "'zes operationele F-16's'" },
        { "acht", 8, "'acht Nederlandse F-16's'" },
        { "tien", 10, "first teen" },
        { "elf", 11, "irregular teen" },
        { "twaalf", 12, "'twaalf maanden'" },
        { "dertien", 13, "teens are one piece, not 'der' + 'tien'" },
        { "vijftien", 15, "'ongeveer vijftien mensen'" },
        { "achttien", 18, "double t: not 'acht' + 'tien' read twice" },
        { "negentien", 19, "last teen" },
        { "twintig", 20, "first ten" },
        { "eenentwintig", 21, "unit + 'en' + ten" },
        { "tweeëntwintig", 22, "trema after a vowel" },
        { "tweeentwintig", 22, "the trema is lost in some extracted text" },
        { "drieëndertig", 33, "trema after 'drie'" },
        { "negenennegentig", 99, "the largest below a hundred" },
        { "honderd", 100, "'honderd' without 'een'" },
        { "eenhonderd", 100, "'eenhonderd' is also printed" },
        { "honderdtwintig", 120, "'ongeveer honderdtwintig personen'" },
        { "honderdeen", 101, "modern spelling of 101" },
        { "honderdeneen", 101, "older spelling with 'en'" },
        { "tweehonderdvijftig", 250, "'maximaal tweehonderdvijftig militairen'" },
        { "vijftienhonderd", 1500, "hundreds counted past ten" },
        { "duizend", 1000, "'duizend' without 'een'" },
        { "tweeduizend", 2000, "thousands are one word" },
        { "tweeduizend vijfhonderd", 2500, "Taalunie: a space after 'duizend'" },
        { "tweeduizendvijfhonderd", 2500, "the space is often left out" },
        { "honderdtwintigduizend", 120_000, "hundreds before 'duizend'" },
        { "negenhonderdnegenennegentigduizend negenhonderdnegenennegentig", 999_999, "the largest below a million" },
        { "nul", 0, "zero" },
        { "Twaalf", 12, "sentence-initial capital" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Reads_compound_number_words(string text, long expected, string reason)
    {
        var result = DutchNumberWords.Parse(text);

        Assert.True(result.Success, $"{reason}: {result.Error}");
        Assert.Equal(expected, result.Value);
    }

    public static TheoryData<string, string> NotNumbers => new()
    {
        { "", "nothing to read" },
        { "honderden", "'honderden militairen' is an indefinite plural, not a number" },
        { "tientallen", "an indefinite plural too" },
        { "eens", "a word that starts like a number" },
        { "twintigtwee", "a unit cannot follow a ten without 'en'" },
        { "tweeën", "'en' without the ten it announces" },
        { "elfhonderdduizend", "a multiplier of 'honderd' past ten cannot be multiplied again" },
        { "zevende", "an ordinal is not a count" },
        { "duizendduizend", "'duizend' twice" },
    };

    [Theory]
    [MemberData(nameof(NotNumbers))]
    public void Refuses_what_is_not_a_number_word_without_throwing(string text, string reason)
    {
        var result = DutchNumberWords.Parse(text);

        Assert.False(result.Success, reason);
        Assert.NotNull(result.Error);
    }

    public static TheoryData<long, string, string> Spellings => new()
    {
        { 0, "nul", "zero has a word" },
        { 21, "eenentwintig", "unit before ten" },
        { 22, "tweeëntwintig", "trema after 'twee'" },
        { 38, "achtendertig", "no trema after a consonant" },
        { 100, "honderd", "no 'een' before 'honderd'" },
        { 120, "honderdtwintig", "one word below a thousand" },
        { 1000, "duizend", "no 'een' before 'duizend'" },
        { 2500, "tweeduizend vijfhonderd", "a space after 'duizend'" },
        { 1_500_000, "een miljoen vijfhonderdduizend", "'miljoen' is a separate word" },
        { 2_000_000_000, "twee miljard", "'miljard' too" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Writes_numbers_in_taalunie_spelling(long value, string expected, string reason)
    {
        Assert.True(expected == DutchNumberWords.Write(value), reason);
    }
}
