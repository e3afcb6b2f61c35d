using System.Globalization;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Normalize;

namespace Mandaat.Identify.Tests;

/// <summary>
/// Synthetic headers, footers and openings of the genre, for papers the samples do not cover: other
/// missions, Eerste Kamer papers, suffix dossiers, question lists, committee reports, kennisgevingen
/// and evaluations. Each row says why it is there.
/// </summary>
public sealed class HeaderVariantTests
{
    private const string Body =
        "\n\nDe Nederlandse inzet draagt bij aan de stabiliteit in de regio. Het kabinet blijft de ontwikkelingen nauwgezet volgen en informeert uw Kamer over relevante ontwikkelingen.\n";

    // Columns: reason, raw source text, kind, dossier, number, session, date (ISO), subject.
    public static TheoryData<string, string, string, string?, string?, string?, string?, string?> Variants => new()
    {
        {
            "Eerste Kamer footer: a letter code instead of 'nr.'",
            "Hierbij informeer ik u over de stand van het wetsvoorstel en de planning van de behandeling in uw Kamer." + Body
                + "\nEerste Kamer, vergaderjaar 2019–2020, 35 300 X, D 2\n",
            DocumentKind.Brief.Slug, "35300-X", "D", "2019-2020", null, null
        },
        {
            "the XML reader's first line for an Eerste Kamer paper",
            "Eerste Kamer, vergaderjaar 2023–2024, 36 200, nr. A\n\nHierbij informeer ik u over de stand van het wetsvoorstel en de planning van de behandeling." + Body,
            DocumentKind.Brief.Slug, "36200", "A", "2023-2024", null, null
        },
        {
            "a suffix dossier in the footer, with the page number after the paper's number",
            "Met deze brief informeren wij u, in overeenstemming met artikel 100 van de Grondwet, over het besluit een bijdrage te leveren aan EUFOR Althea." + Body
                + "\nTweede Kamer, vergaderjaar 2021–2022, 35 925 X, nr. 12 4\n",
            DocumentKind.Artikel100.Slug, "35925-X", "12", "2021-2022", null, null
        },
        {
            "a numeric suffix dossier ('21 501-02')",
            "In deze brief gaan wij in op de uitkomsten van de Raad Buitenlandse Zaken van vorige week en de gevolgen voor de missies." + Body
                + "\nTweede Kamer, vergaderjaar 2022–2023, 21 501-02, nr. 2612 3\n",
            DocumentKind.Brief.Slug, "21501-02", "2612", "2022-2023", null, null
        },
        {
            "a publication site's header line counts as the paper's own header",
            "Tweede Kamer der Staten-Generaal 2017-2018 27925 nr. 617\n\nIn deze brief informeren wij u over de voortgang van de Nederlandse bijdrage aan Resolute Support in Afghanistan." + Body,
            DocumentKind.Voortgangsrapportage.Slug, "27925", "617", "2017-2018", null, null
        },
        {
            "the first page of a printed Kamerstuk: chamber, vergaderjaar, dossier, 'Nr.' and title; 'Vastgesteld' dates a question list",
            "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2020–2021\n27 925 Bestrijding internationaal terrorisme\nNr. 748 LIJST VAN VRAGEN EN ANTWOORDEN\nVastgesteld 8 december 2020\n\n"
                + "De vaste commissie voor Buitenlandse Zaken heeft een aantal vragen voorgelegd aan de Ministers over de brief inzake de verlenging van de missie.\n\n"
                + "1\nHoeveel militairen zijn er op dit moment ingezet?\nEr zijn op dit moment ongeveer honderd militairen ingezet.\n",
            DocumentKind.VragenEnAntwoorden.Slug, "27925", "748", "2020-2021", "2020-12-08", null
        },
        {
            "a verslag van een schriftelijk overleg is a question list (FORMAT.md)",
            "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n29 521 Nederlandse deelname aan vredesmissies\nNr. 470 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld 12 maart 2024\n\n"
                + "Binnen de vaste commissie voor Defensie hebben enkele fracties de behoefte om vragen en opmerkingen voor te leggen over de brief van 2 februari 2024.\n",
            DocumentKind.VragenEnAntwoorden.Slug, "29521", "470", "2023-2024", "2024-03-12", null
        },
        {
            "the title of a committee debate's report makes a verslag",
            "Tweede Kamer der Staten-Generaal\nVergaderjaar 2018–2019\n29 521 Nederlandse deelname aan vredesmissies\nNr. 380 VERSLAG VAN EEN ALGEMEEN OVERLEG\nVastgesteld 20 februari 2019\n\n"
                + "De vaste commissie voor Defensie heeft op 23 januari 2019 overleg gevoerd met de Minister van Defensie over de beëindiging van de Nederlandse bijdrage aan MINUSMA.\n",
            DocumentKind.Verslag.Slug, "29521", "380", "2018-2019", "2019-02-20", null
        },
        {
            "numbered questions in 'Vraag n' form, without a title, are a question list by their shape",
            "Vraag 1\nKunt u aangeven hoeveel schepen deelnemen aan de operatie?\nAntwoord\nAan de operatie nemen vier schepen deel.\n\n"
                + "Vraag 2\nWat is de duur van de Nederlandse bijdrage?\nAntwoord\nDe bijdrage loopt tot en met december 2024.\n\n"
                + "Vraag 3\nWie voert het commando over de operatie?\nAntwoord\nHet commando ligt bij de Europese Unie.\n",
            DocumentKind.VragenEnAntwoorden.Slug, null, null, null, null, null
        },
        {
            "kennisgevingsbrief: the opening says a contribution is being studied",
            "Datum 17 juni 2022\n\nBetreft Kennisgeving mogelijke bijdrage aan de EU-missie in Moldavië\n\nGeachte voorzitter,\n\n"
                + "Met deze brief informeren wij u dat wordt onderzocht of Nederland een bijdrage kan leveren aan de civiele EU-missie in Moldavië." + Body,
            DocumentKind.Kennisgeving.Slug, null, null, null, "2022-06-17", "Kennisgeving mogelijke bijdrage aan de EU-missie in Moldavië"
        },
        {
            "kennisgeving wording without the word in the subject",
            "Den Haag, 2 februari 2024\n\nHierbij informeren wij u, conform de afspraken in het Toetsingskader, dat het kabinet onderzoekt of een Nederlandse bijdrage aan de maritieme operatie in de Rode Zee mogelijk is." + Body,
            DocumentKind.Kennisgeving.Slug, null, null, null, "2024-02-02", null
        },
        {
            "an evaluation presented by its letter",
            "Den Haag, 30 november 2023\n\nHierbij bieden wij u de eindevaluatie van de Nederlandse bijdrage aan MINUSMA aan, uitgevoerd door een onafhankelijk onderzoeksbureau." + Body,
            DocumentKind.Evaluatie.Slug, null, null, null, "2023-11-30", null
        },
        {
            "an evaluation named in the subject",
            "Datum 14 april 2021\n\nBetreft Eindevaluatie Nederlandse bijdrage aan Resolute Support\n\nGeachte voorzitter,\n\n"
                + "In deze brief gaan wij in op de bevindingen en de lessen die het kabinet daaruit trekt voor toekomstige missies." + Body,
            DocumentKind.Evaluatie.Slug, null, null, null, "2021-04-14", "Eindevaluatie Nederlandse bijdrage aan Resolute Support"
        },
        {
            "a progress report named in the subject of a ministry letterhead",
            "Datum 17 mei 2023\n\nBetreft Voortgangsrapportage Nederlandse bijdrage aan EUFOR Althea\n\nGeachte voorzitter,\n\n"
                + "Met deze brief informeren wij u over de ontwikkelingen in Bosnië-Herzegovina en de Nederlandse inzet in het afgelopen jaar." + Body,
            DocumentKind.Voortgangsrapportage.Slug, null, null, null, "2023-05-17", "Voortgangsrapportage Nederlandse bijdrage aan EUFOR Althea"
        },
        {
            "artikel 100 with 'conform', a subject that wraps over two lines, and the old 's-Gravenhage place name",
            "’s-Gravenhage, 26 januari 2024\n\nBetreft Nederlandse bijdrage aan de maritieme operatie\nin de Rode Zee\n\nGeachte voorzitter,\n\n"
                + "Conform artikel 100 van de Grondwet informeren wij u over het besluit van het kabinet om een fregat te leveren aan de operatie in de Rode Zee." + Body,
            DocumentKind.Artikel100.Slug, null, null, null, "2024-01-26", "Nederlandse bijdrage aan de maritieme operatie in de Rode Zee"
        },
        {
            "a letter that only mentions artikel 100-brieven and cites papers in its body is a brief with no number",
            "Den Haag, 10 maart 2015\n\nIn aanvulling op eerdere artikel 100-brieven (Kamerstuk 27 925, nr. 506 en Kamerstuk 29 521, nr. 290) ga ik in op de vragen die tijdens het debat zijn gesteld over de kosten van de missie." + Body,
            DocumentKind.Brief.Slug, null, null, null, "2015-03-10", null
        },
        {
            "the official website's head: the dossier line and 'Nr.' with the title, no chamber or vergaderjaar",
            "29 521 Nederlandse deelname aan vredesmissies\n\nNr. 512 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2025\n\n"
                + "In overeenstemming met artikel 100 van de Grondwet informeren wij u over het besluit van het kabinet de bijdrage te verlengen." + Body,
            DocumentKind.Artikel100.Slug, "29521", "512", null, "2025-03-03", null
        },
        {
            "an older head: the dossier's title on its own line, a lower-case 'nr.' alone and the title below it",
            "27 925\nBestrijding internationaal terrorisme\n\nnr. 188\nBRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n's-Gravenhage, 4 mei 2005\n\n"
                + "Hierbij informeren wij u op grond van art. 100 van de Grondwet over het besluit tot verlenging van de inzet van de helikopters." + Body,
            DocumentKind.Artikel100.Slug, "27925", "188", null, "2005-05-04", null
        },
        {
            "an Eerste Kamer letter code before the title, under the dossier line",
            "29 521 Nederlandse deelname aan vredesmissies\n\nBF BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 12 mei 2025\n\n"
                + "Gelet op artikel 100 van de Grondwet informeren wij u hierbij over de voortzetting van de Nederlandse bijdrage." + Body,
            DocumentKind.Artikel100.Slug, "29521", "BF", null, "2025-05-12", null
        },
        {
            "a dossier's suffix alone on the line below its number, and a motie's title under 'Nr.'",
            "36 200\nX\nVaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2023\n\n\nNr. 31\nMOTIE VAN HET LID DE VRIES C.S.\n\nVoorgesteld 10 november 2022\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                + "verzoekt de regering de Kamer jaarlijks te informeren over de inzet van de krijgsmacht in het buitenland,\n\nen gaat over tot de orde van de dag.\n",
            DocumentKind.Brief.Slug, "36200-X", "31", null, "2022-11-10", null
        },
        {
            "a publication site's metadata row glued together by a copy that dropped its cells",
            "Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\nTweede Kamer der Staten-Generaal2018-201929521 nr. 377\n\n29 521 Nederlandse deelname aan vredesmissies\n\nNr. 377 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
                + "Den Haag, 5 april 2019\n\nIn deze brief ga ik in op de vragen die zijn gesteld over de bijdrage aan de missie in Zuid-Sudan." + Body,
            DocumentKind.Brief.Slug, "29521", "377", "2018-2019", "2019-04-05", null
        },
        {
            "the same row as table cells, the only head a page rendered as a table keeps",
            "Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n| Eerste Kamer der Staten-Generaal | 2023-2024 | 29521 nr. BG |\nU bent hier:\n"
                + "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nDen Haag, 8 december 2023\nIn overeenstemming met artikel 100 van de Grondwet informeert het kabinet u hierbij over de verlenging van de inzet." + Body,
            DocumentKind.Artikel100.Slug, "29521", "BG", "2023-2024", "2023-12-08", null
        },
        {
            "a site's title line naming the paper ('Kamerstuk 29521-300'), above a head without numbers",
            "Kamerstuk 29521-300\n\nVerslag van een algemeen overleg\n\nNederlandse deelname aan vredesmissies\n\nVastgesteld 29 oktober 2015\n\n"
                + "De vaste commissie voor Buitenlandse Zaken en de vaste commissie voor Defensie hebben op 10 september 2015 overleg gevoerd met de Minister van Defensie over de verlenging van de bijdrage." + Body,
            DocumentKind.Verslag.Slug, "29521", "300", null, "2015-10-29", null
        },
        {
            "tkconv's metadata names the official publication ('officiële HTML versie (kst-…)')",
            "Verslag van een commissiedebat over de bijdrage aan de missie\nNummer: 2022D12345, datum: 2022-05-01, bijgewerkt: 2024-02-19 10:56, versie: 3\nDirecte link naar document (.pdf), link naar pagina op de Tweede Kamer site, officiële HTML versie (kst-21501-02-2480).\n\n"
                + "De vaste commissie voor Defensie heeft op 20 april 2022 een commissiedebat gevoerd met de Minister van Defensie over de inzet in het buitenland." + Body,
            DocumentKind.Verslag.Slug, "21501-02", "2480", null, "2022-05-01", null
        },
        {
            "a site's 'Kenmerk' row of its key data",
            "Verslag van een schriftelijk overleg over de bijdrage aan UNMISS\n\nKerngegevens\n\nDocumentdatum 12-04-2019\nKenmerk 29521, nr. 377\n\n"
                + "Binnen de vaste commissie voor Buitenlandse Zaken bestond bij enkele fracties de behoefte om vragen en opmerkingen voor te leggen over de beëindiging van de bijdrage." + Body,
            DocumentKind.VragenEnAntwoorden.Slug, "29521", "377", null, null, null
        },
        {
            "proceedings under the publication site's row: a verslag of its session",
            "Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\nTweede Kamer der Staten-Generaal2019-2020nr. 40, item 7\n\n7 Nederlandse bijdrage aan de missie in Irak\n\n"
                + "Aan de orde is het debat over de Nederlandse bijdrage aan de missie in Irak.\n\nDe voorzitter:\n\nIk geef het woord aan de eerste spreker.\n\nDe heer Jansen (CDA):\n\nVoorzitter. Wij steunen de verlenging.\n",
            DocumentKind.Verslag.Slug, null, null, "2019-2020", null, null
        },
        {
            "a letter that refers to an earlier kennisgevingsbrief is not one itself; it decides under artikel 100",
            "Den Haag, 30 november 2021\n\nIn vervolg op de kennisgevingsbrief van 29 juni jl. gaat u hierbij toe de artikel 100-brief over de Nederlandse bijdrage aan de missie in Litouwen." + Body,
            DocumentKind.Artikel100.Slug, null, null, null, "2021-11-30", null
        },
        {
            "a letter that mentions the progress of a military operation does not report on it",
            "Den Haag, 24 juni 2019\n\nOp 11 april jl. heeft de regering de Kamer geïnformeerd over de bijdragen van de lidstaten en over de voortgang van de militaire operatie tegen de opstandelingen. Inmiddels is de missie gevuld." + Body,
            DocumentKind.Brief.Slug, null, null, null, "2019-06-24", null
        },
        {
            "the formula 'artikel 100, eerste lid' and a decision stated as such",
            "Den Haag, 23 maart 2010\n\nHierbij informeren wij u conform artikel 100 lid 1 van de Grondwet en aan de hand van het Toetsingskader over de voortzetting van de bijdrage." + Body,
            DocumentKind.Artikel100.Slug, null, null, null, "2010-03-23", null
        },
        {
            "a question list whose copy lost its title: the committee 'heeft een aantal vragen voorgelegd'",
            "Vastgesteld 22 maart 2024\n\nDe vaste commissie voor Buitenlandse Zaken heeft een aantal vragen voorgelegd aan de Minister van Buitenlandse Zaken over de brief van 8 maart 2024. De Minister heeft deze vragen beantwoord." + Body,
            DocumentKind.VragenEnAntwoorden.Slug, null, null, null, "2024-03-22", null
        },
        {
            "a copy that ran the address, place and date into one line",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 14 november 2014 De huidige bijdrage aan de operatie loopt eind 2014 af en wordt niet verlengd." + Body,
            DocumentKind.Brief.Slug, null, null, null, "2014-11-14", null
        },
        {
            "a ministry copy's date alone on a line, in figures",
            "Kamerbrief over de bijdrage aan de operatie\n\n13-03-2009\n\nGelet op artikel 100 van de Grondwet informeren wij u hierbij over het besluit van het kabinet om een fregat te leveren." + Body,
            DocumentKind.Artikel100.Slug, null, null, null, "2009-03-13", null
        },
        {
            "a site row that opens with the kind of paper and its date",
            "Kamerbrief | 23 maart 2010\n\nHierbij informeren wij u over de ontwikkelingen in de regio en de gevolgen voor de inzet van de eenheid." + Body,
            DocumentKind.Brief.Slug, null, null, null, "2010-03-23", null
        },
        {
            "an old letterhead whose reference code and date ran together, and a 'Datum' after another field",
            "Aan de Voorzitter van de Tweede Kamer\nDVB/CV-388/05 22 december 2005\n\nMet verwijzing naar onze eerdere brief informeren wij u over de uitkomsten van het onderzoek naar de bijdrage." + Body,
            DocumentKind.Brief.Slug, null, null, null, "2005-12-22", null
        },
        {
            "an answer to Kamervragen dated by its '(ontvangen …)'",
            "Vragen van het lid De Vries aan de Minister van Defensie over de inzet van helikopters.\n\nAntwoord van Minister Brekelmans (Defensie) (ontvangen 30 november 2024)\n\n"
                + "De inzet van de helikopters is in overleg met de partners voorbereid en verloopt volgens plan." + Body,
            DocumentKind.Brief.Slug, null, null, null, "2024-11-30", null
        },
        {
            "a site's ISO date in its metadata line",
            "Verslag van een commissiedebat over de inzet in Irak\nNummer: 2023D12345, datum: 2023-05-11, bijgewerkt: 2024-02-19 10:56, versie: 2\n\n"
                + "De vaste commissie voor Defensie heeft op 20 april 2023 een commissiedebat gevoerd met de Minister van Defensie over de inzet in het buitenland." + Body,
            DocumentKind.Verslag.Slug, null, null, null, "2023-05-11", null
        },
        {
            "a footnote citing another paper in the footer's form loses to the footer repeated on every page",
            "In deze brief gaan wij in op de recente ontwikkelingen in de regio en de gevolgen daarvan voor de inzet." + Body
                + "\nTweede Kamer, vergaderjaar 2015–2016, 27 925, nr. 590 2\n\n" + Body.Trim() + "\n\nTweede Kamer, vergaderjaar 2014–2015, 27 925, nr. 540\n\n"
                + Body.Trim() + "\n\nTweede Kamer, vergaderjaar 2015–2016, 27 925, nr. 590 3\n",
            DocumentKind.Brief.Slug, "27925", "590", "2015-2016", null, null
        },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Identifies_header_variants(string reason, string raw, string kind, string? dossier, string? number, string? session, string? date, string? subject)
    {
        var identity = new HeaderIdentifier().Identify(Normalize(raw));

        var expected = (kind, dossier, number, session, date is null ? (DateOnly?)null : DateOnly.Parse(date, CultureInfo.InvariantCulture), subject);
        var actual = (identity.Kind.Slug, identity.Dossier, identity.Number, identity.Session, identity.Date, identity.Subject);
        Assert.True(expected == actual, $"{reason}\nexpected {expected}\nactual   {actual}");
    }

    [Fact]
    public void The_title_of_a_printed_kamerstuk_is_kept()
    {
        const string raw = "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n27 925 Bestrijding internationaal terrorisme\n29 521 Nederlandse deelname aan vredesmissies\nNr. 999\nBRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\nDen Haag, 20 februari 2025\n\n"
            + "Met deze brief informeren wij u, in overeenstemming met artikel 100 van de Grondwet, over de verlenging van de bijdrage.";

        var identity = new HeaderIdentifier().Identify(Normalize(raw));

        Assert.Equal("BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE", identity.Title);
        Assert.Equal(("27925", "999", "kst-27925-999"), (identity.Dossier, identity.Number, identity.KamerstukId));
        Assert.Equal(["27925", "29521"], identity.Dossiers);
    }

    [Theory]
    [InlineData("29 521 militairen zijn sinds 2014 uitgezonden.\nNr. 3 van de lijst noemt hen.\n\nDe inzet loopt door tot eind 2025 en wordt jaarlijks geëvalueerd door het ministerie.")]
    [InlineData("In de brief van 3 maart (Kamerstuk 29 521, nr. 512) staat het besluit.\n\nDe inzet loopt door tot eind 2025 en wordt jaarlijks geëvalueerd door het ministerie.")]
    public void A_number_in_a_sentence_or_a_cited_paper_is_not_the_papers_own_head(string raw)
    {
        var identity = new HeaderIdentifier().Identify(Normalize(raw));

        Assert.Equal((null, null), (identity.Dossier, identity.Number));
        Assert.Empty(identity.Dossiers);
    }

    public static TheoryData<string, string, string[], string[]> Signatures => new()
    {
        {
            "a state secretary with tussenvoegsels in the surname",
            "De Staatssecretaris van Defensie,\nC.A. van der Maat",
            ["C.A. van der Maat"], ["Staatssecretaris van Defensie"]
        },
        {
            "two ministers whose blocks the normaliser put in one paragraph",
            "De Minister van Buitenlandse Zaken,\nW.B. Hoekstra\nDe Minister van Defensie,\nK.H. Ollongren",
            ["W.B. Hoekstra", "K.H. Ollongren"], ["Minister van Buitenlandse Zaken", "Minister van Defensie"]
        },
        {
            "a committee report is signed by surnames alone",
            "De voorzitter van de commissie,\nVan Helvert\n\nDe griffier van de commissie,\nMittendorf",
            ["Van Helvert", "Mittendorf"], ["voorzitter van de commissie", "griffier van de commissie"]
        },
        {
            "the prime minister signs without an article",
            "Minister-President,\nM. Rutte",
            ["M. Rutte"], ["Minister-President"]
        },
        {
            "the secretary-general and the commander of the armed forces",
            "De Secretaris-Generaal van Defensie,\nM.J. Sijmons\nDe Commandant der Strijdkrachten,\nO.W. Eichelsheim",
            ["M.J. Sijmons", "O.W. Eichelsheim"], ["Secretaris-Generaal van Defensie", "Commandant der Strijdkrachten"]
        },
        {
            "a vice-chair and a deputy clerk, in lower case and indented",
            "  de ondervoorzitter van de commissie,\nBosman\n\n  De adjunct-griffier van de commissie,\nEijsink",
            ["Bosman", "Eijsink"], ["ondervoorzitter van de commissie", "adjunct-griffier van de commissie"]
        },
        {
            "committee signatures run into the lines that follow them in a copy",
            "De voorzitter van de vaste commissie voor Defensie, Van Miltenburg De griffier van de vaste commissie voor Defensie, De Lange Voorzitter: Van Miltenburg Griffier: De Lange",
            ["Van Miltenburg", "De Lange"], ["voorzitter van de vaste commissie voor Defensie", "griffier van de vaste commissie voor Defensie"]
        },
        {
            "an acting chair with a first name and a lower-case tussenvoegsel, and a name right after the comma",
            "De fungerend voorzitter van de commissie, Aukje de Vries\nDe griffier van de commissie,Van der Kolk-Timmermans",
            ["Aukje de Vries", "Van der Kolk-Timmermans"], ["fungerend voorzitter van de commissie", "griffier van de commissie"]
        },
        {
            "an older letter: lower-case office, initials spaced, no comma before the name, academic titles",
            "De minister van Buitenlandse Zaken M. J. M. Verhagen De minister-president, Minister van Algemene Zaken, Mr. Dr. J.P. Balkenende",
            ["M. J. M. Verhagen", "J.P. Balkenende"], ["minister van Buitenlandse Zaken", "minister-president, Minister van Algemene Zaken"]
        },
        {
            "a paragraph that opens with other words before an office holds no signature",
            "Namens de Minister van Defensie,\nK.H. Ollongren",
            [], []
        },
        {
            "a sentence that names a minister is not a signature",
            "De Minister van Defensie, mevrouw Ollongren, heeft dit toegezegd in het debat van 3 november.",
            [], []
        },
    };

    [Fact]
    public void An_office_and_a_name_in_paragraphs_of_their_own_are_one_signature()
    {
        var raw = "In deze brief informeren wij u over de voortgang van de missie en de plannen voor volgend jaar." + Body
            + "\nDe minister van Defensie,\n\nE. van Middelkoop\n\nDe Kamer wordt nader geïnformeerd over de voortgang van de missie.\n";

        var identity = new HeaderIdentifier().Identify(Normalize(raw));

        Assert.Equal([("E. van Middelkoop", "minister van Defensie")], identity.Signatories.Select(s => (s.Name, s.Office)));
    }

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Reads_signatures_as_printed(string reason, string block, string[] names, string[] offices)
    {
        var raw = "In deze brief informeren wij u over de voortgang van de missie en de plannen voor volgend jaar." + Body + "\n" + block + "\n";

        var identity = new HeaderIdentifier().Identify(Normalize(raw));

        Assert.True(names.SequenceEqual(identity.Signatories.Select(s => s.Name)), $"{reason}: {string.Join(" | ", identity.Signatories)}");
        Assert.True(offices.SequenceEqual(identity.Signatories.Select(s => s.Office)), reason);
    }

    [Fact]
    public void The_identity_of_an_empty_text_is_a_brief_with_nothing_printed()
    {
        var identity = new HeaderIdentifier().Identify(Normalize(string.Empty));

        Assert.Equal(DocumentKind.Brief, identity.Kind);
        Assert.Null(identity.Dossier);
        Assert.Null(identity.Date);
        Assert.Empty(identity.Signatories);
    }

    private static NormalizedText Normalize(string raw) =>
        new KamerstukNormalizer().Normalize(SourceText.SinglePage(raw, "txt"));
}
