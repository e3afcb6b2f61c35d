using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Store;

namespace Mandaat.Register.Tests;

/// <summary>
/// A small invented history of one deployment, written like the real letters: a decision, a progress
/// report that names no mission but cites the decision, an extension that cites it with another date,
/// an undated question list, and a verslag with a commitment. Numbers and names are made up.
/// </summary>
internal static class RegisterLetters
{
    public const string Mission = "anti-isis";

    public static ProcessedDocument Decision() =>
        new LetterBuilder("kst-27925-900", DocumentKind.Artikel100, new DateOnly(2015, 3, 2), number: "900", subject: "Bijdrage aan de strijd tegen ISIS")
            .Paragraph("Met deze brief informeren wij u, in overeenstemming met artikel 100 van de Grondwet, over een bijdrage aan de strijd tegen ISIS.")
            .Heading("Gronden voor deelneming", "gronden")
            .Paragraph("De strijd tegen ISIS is in het belang van Nederland.")
            .Heading("Mandaat", "mandaat")
            .Paragraph(
                "De inzet berust op een verzoek van de regering.",
                new LegalBasisFact { Quote = "een verzoek van de regering", Missions = [Mission] })
            .Heading("Militaire aspecten", "militaire-aspecten")
            .Paragraph(
                "Nederland levert vier F-16’s en maximaal 200 militairen tot en met 31 december 2015. Ook worden vier F-16’s gereed gehouden.",
                new AssetFact("F-16", [], 4) { Quote = "levert vier F-16’s", Missions = [Mission] },
                new AssetFact("F-16", [], 4) { Quote = "Ook worden vier F-16’s", Missions = [Mission] },
                new PersonnelFact(200, null, "maximaal") { Quote = "maximaal 200 militairen", Missions = [Mission] },
                new PeriodFact(null, new DateOnly(2015, 12, 31), null, null) { Quote = "tot en met 31 december 2015", Missions = [Mission] })
            .Heading("Financiën", "financien")
            .Paragraph(
                "De uitgaven zijn voor 2015 geraamd op 40 miljoen euro.",
                new MoneyFact(40_000_000m, null) { Quote = "40 miljoen euro", Missions = [Mission] })
            .SignedBy("A. de Vries", "De Minister van Defensie")
            .Build();

    public static ProcessedDocument Report() =>
        new LetterBuilder("kst-27925-910", DocumentKind.Voortgangsrapportage, new DateOnly(2016, 5, 18), number: "910")
            .Paragraph(
                "In deze brief informeren wij u, onder verwijzing naar de artikel 100-brief van 2 maart 2015 (Kamerstuk 27 925, nr. 900), over de voortgang.",
                new ReferenceFact("27925", "900", null) { Quote = "Kamerstuk 27 925, nr. 900" })
            .Paragraph(
                "Nederland zet in de strijd tegen ISIS zes F-16’s in.",
                new AssetFact("F-16", [], 6) { Quote = "zes F-16’s", Missions = [Mission] })
            .Heading("Financiën", "financien")
            .Paragraph(
                "Voor 2015 was 40 miljoen euro geraamd. De eindrealisatie bedroeg 52 miljoen euro.",
                new MoneyFact(40_000_000m, null) { Quote = "40 miljoen euro geraamd" },
                new MoneyFact(52_000_000m, null) { Quote = "52 miljoen euro" })
            .Paragraph(
                "Zoals toegezegd tijdens het algemeen overleg van 10 december 2015 wordt u in deze voortgangsrapportage geïnformeerd over de training.",
                new CommitmentFact(new DateOnly(2015, 12, 10)) { Quote = "Zoals toegezegd tijdens het algemeen overleg van 10 december 2015 wordt u in deze voortgangsrapportage geïnformeerd over de training." })
            .SignedBy("A. de Vries", "De Minister van Defensie")
            .Build();

    public static ProcessedDocument Extension() =>
        new LetterBuilder("kst-27925-920", DocumentKind.Artikel100, new DateOnly(2022, 11, 1), number: "920", subject: "Verlenging van de bijdrage aan de strijd tegen ISIS")
            .Paragraph(
                "In overeenstemming met artikel 100 van de Grondwet informeren wij u over de verlenging van de bijdrage aan de strijd tegen ISIS, met verwijzing naar de brief van de regering (Kamerstuk 27 925, nr. 900, d.d. 9 maart 2015).",
                new ReferenceFact("27925", "900", null) { Quote = "Kamerstuk 27 925, nr. 900" })
            .Heading("Gronden", "gronden")
            .Paragraph("De gronden voor deelname aan de strijd tegen ISIS zijn nog van toepassing.")
            .Heading("Militaire aspecten", "militaire-aspecten")
            .Paragraph(
                "Nederland levert twee F-16’s tot en met 31 december 2023. De overige aspecten van het Toetsingskader gelden onverkort.",
                new AssetFact("F-16", [], 2) { Quote = "levert twee F-16’s", Missions = [Mission] },
                new PeriodFact(null, new DateOnly(2023, 12, 31), null, null) { Quote = "tot en met 31 december 2023", Missions = [Mission] })
            .Paragraph(
                "Daarnaast zijn 500 helmen gedoneerd aan de Iraakse strijdkrachten.",
                new AssetFact("helmen", [], 500) { Quote = "500 helmen", Missions = [Mission] })
            .Paragraph(
                "Sinds 2015 zijn ongeveer 3000 Iraakse militairen getraind.",
                new PersonnelFact(3000, null, "ongeveer") { Quote = "ongeveer 3000 Iraakse militairen", Missions = [Mission] })
            .Paragraph(
                "Over de voortgang wordt in de eerstvolgende voortgangsrapportage aan uw Kamer gerapporteerd.",
                new CommitmentFact(new DateOnly(2022, 11, 1)) { Quote = "Over de voortgang wordt in de eerstvolgende voortgangsrapportage aan uw Kamer gerapporteerd.", Missions = [Mission] })
            .SignedBy("B. Jansen", "De Minister van Buitenlandse Zaken")
            .Build();

    public static ProcessedDocument Questions() =>
        new LetterBuilder("kst-27925-930", DocumentKind.VragenEnAntwoorden, null, number: "930")
            .Paragraph("Vragen over de strijd tegen ISIS en de inzet van trainers tegen ISIS.")
            .Build();

    public static ProcessedDocument Debate() =>
        new LetterBuilder("kst-27925-905", DocumentKind.Verslag, new DateOnly(2015, 12, 10), number: "905")
            .Paragraph("Verslag van een algemeen overleg over de strijd tegen ISIS en de coalitie tegen ISIS.")
            .Paragraph(
                "De minister zegt toe de Kamer te informeren over de training van de Iraakse strijdkrachten in de voortgangsrapportage.",
                new CommitmentFact(new DateOnly(2015, 12, 10)) { Quote = "De minister zegt toe de Kamer te informeren over de training van de Iraakse strijdkrachten in de voortgangsrapportage." })
            .Build();

    public static ProcessedDocument Trainers() =>
        new LetterBuilder("kst-29521-950", DocumentKind.Artikel100, new DateOnly(2019, 6, 1), dossier: "29521", number: "950")
            .Paragraph("Met deze brief informeren wij u, in overeenstemming met artikel 100 van de Grondwet, over de inzet van twee trainers in Mali bij MINUSMA.")
            .Paragraph("Op deze bijdragen met individuele militairen is het Toetsingskader niet van toepassing.")
            .Build();

    /// <summary>An undated note that prints no date but cites the decision with its date: placed after it, marked inferred.</summary>
    public static ProcessedDocument UndatedNote() =>
        new LetterBuilder("kst-27925-940", DocumentKind.Brief, null, number: "940")
            .Paragraph(
                "Deze notitie over de strijd tegen ISIS volgt op de brief van 2 maart 2015 (Kamerstuk 27 925, nr. 900) over de strijd tegen ISIS.",
                new ReferenceFact("27925", "900", null) { Quote = "Kamerstuk 27 925, nr. 900" })
            .Build();

    /// <summary>
    /// A web copy with no date, no session and no Kamerstuk it cites, only the days its text names: placed at the
    /// latest of them, marked inferred.
    /// </summary>
    public static ProcessedDocument UndatedWebCopy() =>
        new LetterBuilder("web-strijd-tegen-isis", DocumentKind.Brief, null, dossier: null)
            .Paragraph("Sinds oktober 2015 vliegen Nederlandse F-16's in de strijd tegen ISIS. Op 29 januari 2016 besloot het kabinet de strijd tegen ISIS voort te zetten.")
            .Build();

    public static IReadOnlyList<ProcessedDocument> All() => [Decision(), Report(), Extension(), Questions(), Debate(), Trainers()];
}
