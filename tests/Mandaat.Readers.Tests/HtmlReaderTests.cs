using System.Text;

namespace Mandaat.Readers.Tests;

/// <summary>HTML publication pages; no real page is stored, so the page is built here in the KOOP shape (div#broodtekst.stuk).</summary>
public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="nl"><head><title>Kamerstuk 27925-999</title><style>p { color: red }</style>
        <script>document.write('niet uitvoeren')</script></head>
        <body>
          <header><nav><a href="/">Zoeken in officiële publicaties</a></nav></header>
          <aside class="menu">Menu-tekst</aside>
          <article>
            <div id="broodtekst" class="stuk">
              <h1>BRIEF VAN DE MINISTER VAN DEFENSIE</h1>
              <p>Aan de Voorzitter van de Tweede Kamer der <b>Staten-Generaal</b></p>
              <h2>Militaire bijdrage</h2>
              <p>Nederland levert vier F-35's aan de missie in Syrië.<br>Kosten: € 25 miljoen.</p>
              <ul><li>een staf</li><li>trainers</li></ul>
              <table><tr><th>Eenheid</th><th>Aantal</th></tr><tr><td>Staf</td><td>12</td></tr></table>
              <script>alert('ook niet')</script>
            </div>
          </article>
          <footer>Colofon</footer>
        </body></html>
        """;

    private static string Read(string html) =>
        ReaderRegistry.Default.Read(Encoding.UTF8.GetBytes(html), "kst-27925-999.html").Value.Text;

    [Fact]
    public void Takes_the_broodtekst_as_paragraphs_with_headings_on_their_own()
    {
        Assert.Equal(
            "BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n" +
            "Militaire bijdrage\n\nNederland levert vier F-35's aan de missie in Syrië.\nKosten: € 25 miljoen.\n\n" +
            "een staf\ntrainers\n\nEenheid | Aantal\nStaf | 12",
            Read(Page));
    }

    [Theory]
    [InlineData("niet uitvoeren", "script in head")]
    [InlineData("ook niet", "script in the content")]
    [InlineData("color: red", "style")]
    [InlineData("Zoeken in officiële publicaties", "navigation in the header")]
    [InlineData("Colofon", "footer")]
    [InlineData("Menu-tekst", "content outside the main element")]
    public void Leaves_out_what_is_not_the_publication(string dropped, string reason)
    {
        Assert.False(Read(Page).Contains(dropped, StringComparison.Ordinal), reason);
    }

    [Fact]
    public void Without_a_publication_element_falls_back_to_main_then_body()
    {
        Assert.Equal("Hoofdtekst", Read("<html><body><nav>x</nav><main><p>Hoofdtekst</p></main><p>buiten</p></body></html>"));
        Assert.Equal("Alleen body", Read("<html><body><p>Alleen body</p></body></html>"));
    }
}
