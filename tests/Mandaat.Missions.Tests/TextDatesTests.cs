namespace Mandaat.Missions.Tests;

/// <summary>
/// An undated paper is placed where the dates its text cites place it (<see cref="TextDates"/>), and only when it
/// has neither a printed date nor a session (<see cref="DocumentDates"/>). The sentences are real: each names the
/// file of tests/data it comes from.
/// </summary>
public sealed class TextDatesTests
{
    // tests/data/realworld/adoc-eindevaluatie-unified-protector-2012.txt and openkamer-kamerstuk-21501-02-1218.txt.
    private const string ThreeDays =
        "In de periode van 1 april 2011 tot en met 31 oktober 2011 heeft de Nederlandse regering bijgedragen aan de " +
        "NAVO-geleide Operatie Unified Protector (OUP) in Libië. de brief van de minister van Buitenlandse Zaken d.d. " +
        "15 januari 2013 houdende de geannoteerde agenda van de Raad Buitenlandse Zaken op 17 januari 2013 over Mali (21 501-02, nr. 212);";

    // tests/data/assignment-heldout/christenunie-debat-no-fly-zone-libie-2011-03-31.txt (tuning half): a party site's
    // copy whose only date is its numeric date line, with the time after it.
    private const string DebateHead =
        "Bijdrage ChristenUnie in debat no-fly zone Libië\n\n31-03-2011 22:06\n\nChristenUnie-Kamerlid Joël Voordewind in het " +
        "debat over de artikel-100 brief over de Nederlandse bijdrage aan de no-fly zone in Libië.";

    // tests/data/assignment-heldout/rivm-ebola-nederland-als-partner-2015.txt (tuning half): months, no whole day.
    private const string Bulletin =
        "Het ministerie van Buitenlandse Zaken is actief geweest vanaf februari 2014 toen de eerste patiënten uit Guinee " +
        "werden gerapporteerd. De internationale hulp kwam echter pas vanaf augustus 2014 op gang. Infectieziekten " +
        "Bulletin: november-december 2015, jaargang 26, nummer 9-10. In september 2014 werd de Nederlandse ambassadeur " +
        "in Ghana namens de regering aangesteld als speciale gezant voor ebola. Hiermee werd in november 2014 en januari " +
        "2015 broodnodig materieel aangevoerd.";

    // tests/data/assignment-heldout/emea-persbericht-militairen-weg-uit-bosnie-2007.txt (tuning half): a release of
    // 2007 that recounts the years before it and prints no year of its own.
    private const string Release =
        "Ook de zeshonderd Britse militairen van EUFOR verlaten Bosnië. Dat heeft het Politiek en Veiligheidscomité van " +
        "de Europese Unie op 27 februari besloten. De European Force bestaat nu nog uit circa zesduizend militairen, onder " +
        "wie 280 Nederlanders. EUFOR, opgericht in 2004, komt voort uit de Stabilization Force. Deze vredesmacht nam in " +
        "1996 de plaats in van de Implementation Force (IFOR). Die werd in 1995 na de vredesakkoorden van Dayton op de " +
        "Balkan gestationeerd. Door de inzet van IFOR, SFOR en EUFOR zijn de omstandigheden in Bosnië-Herzegovina " +
        "genormaliseerd. Nederlanders blijven ook actief in het hoofdkwartier van EUFOR in Sarajevo.";

    [Fact]
    public void Whole_days_place_the_paper_after_the_latest_of_them() =>
        Assert.Equal(new DateOnly(2013, 1, 17), TextDates.Infer(ThreeDays));

    [Fact]
    public void A_numeric_date_line_is_a_whole_day() =>
        Assert.Equal(new DateOnly(2011, 3, 31), TextDates.Infer(DebateHead));

    [Fact]
    public void Months_without_a_day_place_the_paper_in_the_middle_of_their_latest_year()
    {
        Assert.Equal(new DateOnly(2015, 7, 1), TextDates.Infer(Bulletin));
        Assert.Equal(new DateOnly(2004, 7, 1), TextDates.Infer(Release));
    }

    [Fact]
    public void Only_a_whole_day_is_a_day_the_register_may_show()
    {
        Assert.Equal(new DateOnly(2011, 3, 31), TextDates.LatestDay(DebateHead));
        Assert.Equal(new DateOnly(2013, 1, 17), TextDates.LatestDay(ThreeDays));
        Assert.Null(TextDates.LatestDay(Bulletin));
        Assert.Null(TextDates.LatestDay(Release));
    }

    [Fact]
    public void A_year_after_a_preposition_counts_but_a_count_of_people_does_not()
    {
        Assert.Equal(new DateOnly(2015, 7, 1), TextDates.Infer("Nederland neemt sinds 2015 deel met 2000 militairen."));
        Assert.Null(TextDates.Infer("Nederland levert 2000 militairen en 1990 voertuigen."));
    }

    [Fact]
    public void Dates_without_a_printed_year_place_nothing() =>
        Assert.Null(TextDates.Infer("Het mandaat loopt tot 1 december a.s.; medio februari volgt een evaluatie."));

    [Fact]
    public void The_text_is_read_only_when_neither_a_printed_date_nor_a_session_dates_the_paper()
    {
        Assert.Equal(new DateOnly(2011, 4, 1), DocumentDates.ForMissions(new DateOnly(2011, 4, 1), null, Bulletin));
        Assert.Equal(new DateOnly(2011, 3, 1), DocumentDates.ForMissions(null, "2010-2011", Bulletin));
        Assert.Equal(new DateOnly(2015, 7, 1), DocumentDates.ForMissions(null, null, Bulletin));
        Assert.Null(DocumentDates.ForMissions(null, null, "Geen datum."));
    }

    [Fact]
    public void An_undated_debate_on_Libya_is_read_at_its_own_date_and_lands_in_the_mission_running_then()
    {
        var catalog = MissionCatalog.Load();
        var linker = new MissionLinker(catalog);
        var text = DebateHead + " Nederland levert F-16's boven het luchtruim van Libië. Bescherming van de burgerbevolking van Libië.";
        var dated = new DocumentEvidence("debat", null, text, []) { Date = DocumentDates.ForMissions(null, null, text) };
        var undated = dated with { Date = null };

        Assert.Equal(["unified-protector"], linker.Link([dated])["debat"]);
        Assert.Empty(linker.Link([undated])["debat"]);
    }

    [Fact]
    public void A_release_recounting_its_predecessors_is_read_in_its_own_time_not_theirs()
    {
        var linker = new MissionLinker(MissionCatalog.Load());
        var release = new DocumentEvidence("persbericht", null, Release, []) { Date = DocumentDates.ForMissions(null, null, Release) };

        Assert.Equal("eufor-althea", linker.Link([release])["persbericht"][0]);
    }
}
