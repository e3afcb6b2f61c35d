using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Extract.References;

namespace Mandaat.Extract.Tests;

public sealed class ReferenceExtractorTests
{
    [Theory]
    [InlineData("a list of numbers gives one reference per number", "zie de brieven (Kamerstuk 29 521, nrs. 401, 412 en 420).", "29521:401 29521:412 29521:420")]
    [InlineData("the Kamerstukken II citation style with a session", "Zie Kamerstukken II 2019/20, 29 521, nr. 400.", "29521:400")]
    [InlineData("a dossier with a roman suffix keeps it after a hyphen", "de motie-Van Dijk (Tweede Kamerstuk 36 200 X, nr. 12)", "36200-X:12")]
    [InlineData("a dossier with a numeric suffix", "het verslag (Kamerstuk 21 501-02, nr. 3121)", "21501-02:3121")]
    [InlineData("a misprinted dossier is read as meant", "de rapportage (Tweede Kamerstuk 295 21, nr. 450)", "29521:450")]
    [InlineData("a dossier without a space", "(Kamerstuk 29521, nr. 442)", "29521:442")]
    [InlineData("numbers continued after dates", "(Kamerstuk 29 521, nr. 380, d.d. 18 oktober 2019, nr. 401 d.d. 20 november 2020 en nr. 433 d.d. 19 mei 2021)", "29521:380 29521:401 29521:433")]
    [InlineData("proceedings are not papers", "(Handelingen II 2013/14, nrs. 103 en 106)", "")]
    [InlineData("a ministry reference code is not a paper", "Onze referentie BZDOC-123456789-12 en kenmerk DVB/CV-2023/45", "")]
    [InlineData("a document id", "de voortgangsrapportage (Tweede Kamerstuk 2023D20123)", "id:2023D20123")]
    [InlineData("the compact form in parentheses", "de brief inzake de bijdrage aan ISAF (27 925, nr. 193) en de evaluatie (29 521, nrs. 90 en 95)", "27925:193 29521:90 29521:95")]
    [InlineData("a session before the compact form, 'nr' without its full stop", "de eerdere brief (TK 1998-1999, 22 181, nr 295)", "22181:295")]
    [InlineData("a paper of two dossiers is cited by the first", "(Kamerstukken 27 925 en 29 521, nr. 946) en (23 591/26 454, nr. 7)", "27925:946 23591:7")]
    [InlineData("'Kamerstuknummer' and a site's hyphenated form", "(Kamerstuknummer 29 521, nr. 90) en de brief (Kamerstuk 29521-435)", "29521:90 29521:435")]
    [InlineData("an Eerste Kamer letter as the number", "(Kamerstuk 27 925, AB van 20 mei 2020)", "27925:AB")]
    [InlineData("a copy that lost the dossier's digits keeps the number", "(Kamerstuk , nr. 612, d.d. 18 oktober 2019, nr. 755 d.d. 20 november 2020)", ":612 :755")]
    [InlineData("an amount or a count in parentheses is no paper", "(12 500, nr. van het contract) en (ruim 10 000 militairen)", "")]
    public void Finds_every_cited_paper(string reason, string text, string expected)
    {
        var facts = new ReferenceExtractor().Extract(TextContext.For(text)).Cast<ReferenceFact>();

        var actual = string.Join(' ', facts.Select(f => f.DocumentId is { } id ? $"id:{id}" : $"{f.Dossier}:{f.Number}"));
        Assert.True(expected == actual, $"{reason}: expected '{expected}', got '{actual}'");
    }
}
