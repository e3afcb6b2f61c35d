namespace Mandaat.Dutch.Tests;

public sealed class PeriodTests
{
    private static readonly DateOnly Letter = new(2022, 10, 28);

    // Columns: phrase, expected start, end, months, days, reason.
    public static TheoryData<string, DateOnly?, DateOnly?, int?, int?, string> Periods => new()
    {
        { "tot en met 31 december 2023", null, D(2023, 12, 31), null, null, "'verlengd tot en met 31 december 2023'" },
        { "t/m 31 december 2023", null, D(2023, 12, 31), null, null, "'t/m' abbreviation" },
        { "tot en met mei 2023", null, D(2023, 5, 31), null, null, "a month alone as end: its last day" },
        { "tot en met december 2023", null, D(2023, 12, 31), null, null, "'een periode tot en met december 2023'" },
        { "tot 1 januari 2024", null, D(2024, 1, 1), null, null, "'tot' records the printed date, like 'tot en met'" },
        { "tot in ieder geval 1 mei 2021", null, D(2021, 5, 1), null, null, "'tot in ieder geval'" },
        { "tot eind 2011", null, D(2011, 12, 31), null, null, "'tot eind 2011 deelnam'" },
        { "tot medio 2016", null, D(2016, 7, 1), null, null, "medio a year is 1 July" },
        { "tot en met 2023", null, D(2023, 12, 31), null, null, "a year bounded by 'tot en met' is an end, unlike 'in 2023'" },
        { "sinds 30 januari 2017", D(2017, 1, 30), null, null, null, "'levert sinds 30 januari 2017 een tankervliegtuig'" },
        { "Sinds 1 juli 2016", D(2016, 7, 1), null, null, null, "capitalised at the start of a sentence" },
        { "sinds september 2016", D(2016, 9, 1), null, null, null, "a month alone as start: its first day" },
        { "sinds januari 2022", D(2022, 1, 1), null, null, null, "'sinds januari 2022 ook ingezet'" },
        { "vanaf 1 juli 2019", D(2019, 7, 1), null, null, null, "'vanaf'" },
        { "vanaf oktober 2020", D(2020, 10, 1), null, null, null, "'vanaf oktober 2020 … zal worden ingezet'" },
        { "met ingang van 1 januari 2024", D(2024, 1, 1), null, null, null, "'met ingang van'" },
        { "per 1 maart a.s.", D(2023, 3, 1), null, null, null, "'per' with a date relative to the letter" },
        { "van mei 2024 tot en met mei 2025", D(2024, 5, 1), D(2025, 5, 31), null, null, "month alone: first day as start, last day as end" },
        { "oktober 2020 tot 30 september 2021", D(2020, 10, 1), D(2021, 9, 30), null, null, "'(oktober 2020 tot 30 september 2021)'" },
        { "(oktober 2020 tot 30 september 2021).", D(2020, 10, 1), D(2021, 9, 30), null, null, "brackets and full stop around it" },
        { "van 1 tot en met 15 mei 2024", D(2024, 5, 1), D(2024, 5, 15), null, null, "the start borrows month and year from the end" },
        { "van mei tot en met juli 2024", D(2024, 5, 1), D(2024, 7, 31), null, null, "the start borrows the year" },
        { "van 1 december tot en met 31 januari 2024", D(2023, 12, 1), D(2024, 1, 31), null, null, "a start after the end lies in the year before" },
        { "vanaf najaar 2020 tot in ieder geval 1 mei 2021", null, D(2021, 5, 1), null, null, "a season is no date: the end stands, the start stays open" },
        { "in de periode van 1 januari 2020 tot en met 31 december 2022", D(2020, 1, 1), D(2022, 12, 31), null, null, "'in de periode van' frame" },
        { "in de tweede helft van 2017", D(2017, 7, 1), D(2017, 12, 31), null, null, "a half year names a period" },
        { "voor de duur van maximaal een jaar", null, null, 12, null, "'een' counts in a duration" },
        { "voor de duur van maximaal twaalf maanden", null, null, 12, null, "'voor de duur van maximaal twaalf maanden'" },
        { "twaalf maanden", null, null, 12, null, "'in tijd begrensd op twaalf maanden'" },
        { "een periode van drie maanden", null, null, 3, null, "'een periode van'" },
        { "de duur van circa 13 maanden", null, null, 13, null, "'voor de duur van circa 13 maanden'" },
        { "voor de duur van 1 jaar", null, null, 12, null, "digits and 'jaar'" },
        { "twee jaar", null, null, 24, null, "years in months" },
        { "anderhalf jaar", null, null, 18, null, "a fraction of a year" },
        { "een half jaar", null, null, 6, null, "half a year" },
        { "zes weken", null, null, null, 42, "weeks are counted in days" },
        { "tien dagen", null, null, null, 10, "days" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Reads_periods_and_durations(string text, DateOnly? start, DateOnly? end, int? months, int? days, string reason)
    {
        var result = DutchPeriod.Parse(text, Letter);

        Assert.True(result.Success, $"{reason}: {result.Error}");
        Assert.Equal((start, end, months, days), (result.Value.Start, result.Value.End, result.Value.Months, result.Value.Days));
    }

    public static TheoryData<string, string> NotPeriods => new()
    {
        { "in de periode 2020–2022", "FORMAT.md: a range of bare years is not a period" },
        { "tussen 2011 en 2013", "a range of bare years, in other words" },
        { "van 2019 tot 2023", "a range of bare years with 'van … tot'" },
        { "in 2023", "a bare year is not a period" },
        { "10 september 2014", "one date is the date of an event, not a period" },
        { "mei 2023", "a month without 'sinds', 'tot' … is a date" },
        { "tot het moment van vertrek", "an end that names no date" },
        { "", "nothing" },
    };

    [Theory]
    [MemberData(nameof(NotPeriods))]
    public void Refuses_what_is_not_a_period(string text, string reason)
    {
        Assert.False(DutchPeriod.Parse(text, Letter).Success, reason);
    }

    [Fact]
    public void A_range_of_months_keeps_its_upper_end()
    {
        var duration = DutchDuration.Parse("zes tot twaalf maanden").Value;

        Assert.Equal((6, 12), (duration.Months, duration.MaxMonths));
    }

    [Fact]
    public void A_duration_keeps_its_hedge()
    {
        Assert.Equal(Qualifier.Maximaal, DutchDuration.Parse("voor de duur van maximaal een jaar").Value.Qualifier);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
