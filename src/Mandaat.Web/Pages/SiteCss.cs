namespace Mandaat.Web.Pages;

/// <summary>
/// The one stylesheet, served from /site.css because the policy forbids inline styles: the sober look of the
/// government's own sites (one dark blue, white, a yellow focus ring), form controls styled, and every layout
/// collapsing to one column on a phone (360 px) without sideways scrolling; wide tables scroll in their own box.
/// </summary>
public static class SiteCss
{
    public const string Text = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{font-family:"RijksoverheidSansWebText",Verdana,system-ui,sans-serif;margin:0;line-height:1.5;color:#1a1a1a;background:#fff;font-size:1rem;overflow-wrap:break-word}
        a{color:#01689b} a:visited{color:#42145f} a:hover{color:#154273;text-decoration-thickness:2px}
        a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid #ffb612;outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0} .skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem;z-index:10}
        .kop{background:#154273;color:#fff}
        .kop-binnen{max-width:75rem;margin:auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
        .kop a,.kop a:visited{color:#fff}
        .logo{font-weight:bold;font-size:1.25rem;margin:0}
        nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
        .kop-zoek{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-left:auto}
        .kop-zoek label{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .kop-zoek input{width:12rem;max-width:100%}
        main{padding:1rem;max-width:75rem;margin:auto}
        h1{font-size:1.75rem;line-height:1.25;color:#154273;margin:.5rem 0 1rem} h2{font-size:1.35rem;color:#154273;margin-top:2rem} h3{font-size:1.1rem}
        input,select,button,textarea{font:inherit;color:inherit}
        input[type=search],input[type=text],input[type=password],input:not([type]),select{min-height:2.5rem;padding:.35rem .5rem;border:1px solid #696969;border-radius:2px;background:#fff;max-width:100%}
        input[type=file]{max-width:100%}
        button{min-height:2.5rem;padding:.35rem 1rem;border:0;border-radius:2px;background:#01689b;color:#fff;cursor:pointer}
        button:hover{background:#154273}
        .kop button{background:#fff;color:#154273}
        .formulier label{display:block;font-weight:bold;margin-bottom:.25rem} .formulier label.naast{display:inline;font-weight:normal}
        .formulier p{margin:0 0 .75rem}
        .filterbalk,.zoekformulier{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end;background:#f3f3f3;padding:1rem 1rem .25rem;border-radius:2px}
        .filterbalk input,.zoekformulier input{width:9rem} .zoekformulier .breed{flex:1 1 100%} .zoekformulier .breed input,.filterbalk input[type=search]{width:100%}
        .zoekhulp{margin:.75rem 0} .zoekhulp summary{cursor:pointer;color:#01689b}
        .met-filters{display:grid;grid-template-columns:15rem minmax(0,1fr);gap:2rem;margin-top:1rem}
        .filters h3{font-size:1rem;margin:1rem 0 .25rem} .filters ul{list-style:none;margin:0;padding:0} .filters li{padding:.15rem 0}
        .aantal,.meta{color:#535353;font-size:.9rem}
        .meta{display:block}
        .lijst{padding-left:1.25rem} .lijst li{margin:.5rem 0}
        .meer{font-weight:bold}
        .totaal{font-weight:bold}
        .tegels{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:0 2rem}
        .gegevens{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem;margin:0 0 1rem}
        .gegevens dt{font-weight:bold} .gegevens dd{margin:0}
        .resultaten{padding-left:1.5rem} .resultaten>li{margin:0 0 1.5rem} .resultaten h3{margin:0 0 .25rem}
        .passages{list-style:none;padding:0;margin:.25rem 0 0} .passages li{border-left:3px solid #cce0f1;padding:.25rem .75rem;margin:.35rem 0}
        .vraaglink{font-weight:bold;margin-right:.5rem}
        .lezer{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:2rem}
        .tekst{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:1.6;overflow-wrap:anywhere}
        .feiten{padding-left:1.5rem} .feiten li{margin:0 0 .75rem}
        .feit-soort{display:inline-block;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:#154273;background:#e5eef7;padding:0 .35rem;border-radius:2px}
        .feit-zin{display:block;font-size:.9rem}
        mark{background:#ffe58a;color:inherit} mark:target{background:#ffb612;outline:2px solid #154273}
        .tabel-rol{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;margin:.5rem 0} caption{text-align:left;font-weight:bold;padding:.25rem 0}
        td,th{border:1px solid #b4b4b4;padding:.35rem .6rem;text-align:left;vertical-align:top} thead th{background:#e5eef7}
        .present{color:#0a6b2a} .missing{color:#a4000f;font-weight:bold}
        .grafiek{overflow-x:auto;max-width:100%;border:1px solid #e0e0e0;padding:.5rem}
        .grafiek svg{display:block;width:100%;min-width:36rem;height:auto}
        .grafiek svg text{font-size:22px;fill:#1a1a1a}
        .waarschuwing{border-left:4px solid #ffb612;background:#fff8e1;padding:.5rem 1rem}
        .fout{border-left:4px solid #a4000f;background:#fdecee;padding:.5rem 1rem}
        .conflict{border-left:4px solid #a4000f;padding:0 1rem;margin:1rem 0}
        .conflict-zin{margin:.25rem 0 .5rem;padding-left:.75rem;border-left:2px solid #ccc}
        .vraag{border-top:1px solid #e0e0e0;padding-top:.5rem} :target{scroll-margin-top:1rem}
        .pager{margin:1.5rem 0} .pager p{margin:0 0 .5rem} .pager ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:0}
        .pager a,.pager span{display:inline-block;min-width:2.5rem;min-height:2.5rem;padding:.45rem .6rem;border:1px solid #b4b4b4;text-align:center}
        .pager [aria-current]{background:#154273;color:#fff;border-color:#154273}
        footer{border-top:4px solid #154273;padding:1rem;color:#535353;max-width:75rem;margin:2rem auto 0}
        code{overflow-wrap:anywhere}
        @media (max-width:48rem){.met-filters,.lezer{grid-template-columns:minmax(0,1fr)} .filters{order:2} .kop-zoek{margin-left:0} .gegevens{grid-template-columns:minmax(0,1fr)} .gegevens dd{margin-bottom:.5rem}}
        """;
}
