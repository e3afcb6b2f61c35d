namespace Mandaat.Dutch.Tests;

public sealed class DateTests
{
    private static readonly DateOnly LetterOf28October2022 = new(2022, 10, 28);

    // Columns: phrase, reference date (or null), expected start, expected end, reason.
    public static TheoryData<string, DateOnly?, DateOnly, DateOnly, string> Dates => new()
    {
        { "10 september 2014", null, D(2014, 9, 10), D(2014, 9, 10), "'Den Haag, 10 september 2014'" },
        { "28 oktober 2022", null, D(2022, 10, 28), D(2022, 10, 28), "'Datum 28 oktober 2022'" },
        { "woensdag 10 september 2014", null, D(2014, 9, 10), D(2014, 9, 10), "a weekday before the date" },
        { "10 sept. 2014", null, D(2014, 9, 10), D(2014, 9, 10), "'sept.' abbreviation" },
        { "5 okt. 2020", null, D(2020, 10, 5), D(2020, 10, 5), "'okt.' abbreviation" },
        { "1 mrt 2021", null, D(2021, 3, 1), D(2021, 3, 1), "'mrt' abbreviation" },
        { "1 december a.s.", LetterOf28October2022, D(2022, 12, 1), D(2022, 12, 1), "'a.s.': the coming one, year from the letter" },
        { "1 februari a.s.", LetterOf28October2022, D(2023, 2, 1), D(2023, 2, 1), "'a.s.' looks forward across the new year" },
        { "18 mei jl.", LetterOf28October2022, D(2022, 5, 18), D(2022, 5, 18), "'voortgangsrapportage van 18 mei jl.'" },
        { "9 september jl.", new DateOnly(2014, 9, 10), D(2014, 9, 9), D(2014, 9, 9), "'9 september jl.' in a letter of 10 September" },
        { "20 december jl.", new DateOnly(2015, 1, 10), D(2014, 12, 20), D(2014, 12, 20), "'jl.' looks back across the new year" },
        { "25 juni j.l.", new DateOnly(2014, 10, 1), D(2014, 6, 25), D(2014, 6, 25), "'j.l.' spelling" },
        { "medio februari", new DateOnly(2017, 1, 10), D(2017, 2, 15), D(2017, 2, 15), "medio a month is its 15th" },
        { "half mei", new DateOnly(2017, 1, 10), D(2017, 5, 15), D(2017, 5, 15), "'half mei' is medio" },
        { "medio 2016", null, D(2016, 7, 1), D(2016, 7, 1), "medio a year is 1 July" },
        { "halverwege 2016", null, D(2016, 7, 1), D(2016, 7, 1), "'halverwege' is medio" },
        { "begin 2017", null, D(2017, 1, 1), D(2017, 1, 1), "begin a year is its first day" },
        { "eind 2016", null, D(2016, 12, 31), D(2016, 12, 31), "'eind 2016': its last day" },
        { "Eind 2016", null, D(2016, 12, 31), D(2016, 12, 31), "sentence-initial capital" },
        { "ultimo 2016", null, D(2016, 12, 31), D(2016, 12, 31), "'ultimo' is eind" },
        { "het einde van 2016", null, D(2016, 12, 31), D(2016, 12, 31), "'het einde van'" },
        { "eind mei 2023", null, D(2023, 5, 31), D(2023, 5, 31), "eind a month is its last day" },
        { "begin januari", new DateOnly(2017, 1, 10), D(2017, 1, 1), D(2017, 1, 1), "begin a month is its first day" },
        { "eind februari 2024", null, D(2024, 2, 29), D(2024, 2, 29), "leap year" },
        { "eind dit jaar", LetterOf28October2022, D(2022, 12, 31), D(2022, 12, 31), "'dit jaar' from the letter's date" },
        { "begin volgend jaar", LetterOf28October2022, D(2023, 1, 1), D(2023, 1, 1), "'volgend jaar'" },
        { "mei 2024", null, D(2024, 5, 1), D(2024, 5, 31), "a month alone: first day as start, last day as end" },
        { "september 2016", null, D(2016, 9, 1), D(2016, 9, 30), "'Sinds september 2016'" },
        { "2016", null, D(2016, 1, 1), D(2016, 12, 31), "a bare year spans the year" },
        { "de tweede helft van 2017", null, D(2017, 7, 1), D(2017, 12, 31), "'in de tweede helft van 2017'" },
        { "eerste helft van 2018", null, D(2018, 1, 1), D(2018, 6, 30), "first half" },
        { "het derde kwartaal van 2018", null, D(2018, 7, 1), D(2018, 9, 30), "a quarter" },
        { "2022-10-28", null, D(2022, 10, 28), D(2022, 10, 28), "ISO date of a metadata file" },
        { "28-10-2022", null, D(2022, 10, 28), D(2022, 10, 28), "Dutch numeric date, day first" },
        { "28/10/2022", null, D(2022, 10, 28), D(2022, 10, 28), "slashes" },
        { "1e januari 2020", null, D(2020, 1, 1), D(2020, 1, 1), "ordinal suffix on the day" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Reads_dates_with_their_first_and_last_day(string text, DateOnly? reference, DateOnly start, DateOnly end, string reason)
    {
        var result = DutchDate.Parse(text, reference);

        Assert.True(result.Success, $"{reason}: {result.Error}");
        Assert.Equal((start, end), (result.Value.Start, result.Value.End));
    }

    public static TheoryData<string, DateOnly?, string> NotDates => new()
    {
        { "medio februari", null, "no year and no reference date: never guess" },
        { "1 december a.s.", null, "relative to a date that was not given" },
        { "31 februari 2020", null, "not a day of the calendar" },
        { "medio 15 mei 2020", null, "'medio' cannot narrow a day" },
        { "najaar 2020", null, "seasons are not dates the format defines" },
        { "de vierde helft van 2017", null, "a year has two halves" },
        { "0000", null, "four digits that are no plausible year" },
        { "1 december a.s.", new DateOnly(9000, 12, 31), "a year past the calendar must fail, not throw" },
        { "2022-13-01", null, "month 13" },
        { "Kamerstuk 27 925", null, "a reference, not a date" },
    };

    [Theory]
    [MemberData(nameof(NotDates))]
    public void Refuses_what_is_not_a_date(string text, DateOnly? reference, string reason)
    {
        Assert.False(DutchDate.Parse(text, reference).Success, reason);
    }

    [Fact]
    public void A_year_taken_from_the_reference_is_marked()
    {
        var result = DutchDate.Parse("9 september jl.", new DateOnly(2014, 9, 10));

        Assert.True(result.Value.YearFromReference);
        Assert.False(DutchDate.Parse("9 september 2014").Value.YearFromReference);
    }

    [Fact]
    public void Month_names_and_abbreviations_read_and_write()
    {
        Assert.Equal(9, DutchMonths.Parse("sept."));
        Assert.Equal(10, DutchMonths.Parse("Okt"));
        Assert.Null(DutchMonths.Parse("mai"));
        Assert.Equal("mei", DutchMonths.Name(5));
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
