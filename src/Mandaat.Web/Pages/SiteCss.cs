namespace Mandaat.Web.Pages;

/// <summary>The one stylesheet, served from /site.css because the policy forbids inline styles.</summary>
public static class SiteCss
{
    public const string Text = """
        body{font-family:system-ui,sans-serif;margin:0;line-height:1.5;color:#1a1a1a}
        header{background:#154273;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
        header a{color:#fff} nav ul{list-style:none;display:flex;gap:1rem;margin:0;padding:0}
        .logo{font-weight:bold;margin:0} main{padding:1rem;max-width:75rem;margin:auto}
        .skip{position:absolute;left:-999px} .skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem}
        a:focus,button:focus,input:focus,select:focus{outline:3px solid #ffb612}
        mark{background:#ffe58a} mark:target{background:#ffb612}
        .reader{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:2rem}
        .tekst{white-space:pre-wrap;font-family:Georgia,serif} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
        .present{color:#0a6b2a} .missing{color:#a4000f} svg{max-width:100%;height:auto} footer{padding:1rem;color:#555}
        .waarschuwing{border-left:4px solid #ffb612;background:#fff8e1;padding:.5rem 1rem}
        """;
}
