using Mandaat.Register.Citations;

namespace Mandaat.Register.Tests;

public sealed class CitedDateReaderTests
{
    [Fact]
    public void A_date_list_before_a_citation_is_paired_with_its_numbers_in_order()
    {
        var dates = CitedDateReader.Read("x", "onder verwijzing naar de artikel 100-brieven van 3 maart 2015, 4 juni 2016 en 5 juli 2017 (Kamerstuk 27 925, nrs. 1, 2 en 3), over").ToList();

        Assert.Equal([("1", new DateOnly(2015, 3, 3)), ("2", new DateOnly(2016, 6, 4)), ("3", new DateOnly(2017, 7, 5))], dates.Select(d => (d.Number, d.Date)));
        Assert.All(dates, d => Assert.Equal("27925", d.Dossier));
    }

    [Fact]
    public void D_d_dates_go_with_the_number_before_them()
    {
        var dates = CitedDateReader.Read("x", "(Tweede Kamerstuk 27 925, nr. 10, d.d. 1 mei 2019, nr. 11 d.d. 2 juni 2020 en nr. 12)").ToList();

        Assert.Equal([("10", new DateOnly(2019, 5, 1)), ("11", new DateOnly(2020, 6, 2))], dates.Select(d => (d.Number, d.Date)));
    }

    [Fact]
    public void A_citation_without_a_date_or_with_a_month_only_gives_nothing()
    {
        Assert.Empty(CitedDateReader.Read("x", "zoals gemeld (Kamerstuk 27 925, nr. 600), het belang"));
        Assert.Empty(CitedDateReader.Read("x", "in mei 2020 (Kamerstuk 27 925, nr. 600)"));
    }

    [Fact]
    public void A_date_after_a_closing_citation_is_not_read_as_a_number()
    {
        var dates = CitedDateReader.Read("x", "van 1 maart 2017 (Kamerstuk 27 925, nr. 612), 14 september 2018 (Kamerstuk 27 925, nr. 637)").ToList();

        Assert.Equal([("612", new DateOnly(2017, 3, 1)), ("637", new DateOnly(2018, 9, 14))], dates.Select(d => (d.Number, d.Date)));
    }
}
