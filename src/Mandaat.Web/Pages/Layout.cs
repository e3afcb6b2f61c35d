namespace Mandaat.Web.Pages;

/// <summary>The frame of every page: Dutch, a skip link, landmarks (header, nav, main, footer) and no scripts.</summary>
public static class Layout
{
    public static string Render(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.E(title)} · Mandaat</title>
        <link rel="stylesheet" href="/site.css">
        </head>
        <body>
        <a class="skip" href="#inhoud">Naar de inhoud</a>
        <header><p class="logo"><a href="/">Mandaat</a></p>
        <nav aria-label="Hoofdmenu"><ul>
        <li><a href="/">Overzicht</a></li>
        <li><a href="/zoeken">Zoeken</a></li>
        <li><a href="/upload">Uploaden</a></li>
        <li><a href="/api">API</a></li>
        </ul></nav>
        <form role="search" action="/zoeken" method="get"><label for="kop-zoek">Zoeken</label> <input id="kop-zoek" name="q" type="search"> <button type="submit">Zoek</button></form>
        </header>
        <main id="inhoud">
        <h1>{Html.E(title)}</h1>
        {body}
        </main>
        <footer><p>Mandaat leest de Kamerstukken over militaire missies (artikel 100) en noemt bij elk feit de zin waar het staat.</p></footer>
        </body>
        </html>
        """;
}
