using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mandaat.Import.Tests;

/// <summary>
/// officielebekendmakingen and KOOP's SRU search as documented (FORMATS.md §2b–2d), served by Kestrel on a free port:
/// <c>/sru</c> answers searchRetrieve for <c>w.dossiernummer==N</c> with records in the gzd shape, <c>/{id}/metadata.xml</c>
/// the metadata elements, <c>/{id}.xml</c> a Kamerstuk XML and <c>/{id}.pdf</c> a PDF. No captured SRU answer, metadata.xml
/// or Kamerstuk XML is stored anywhere (fixtures README), so these are built from the documented shapes; the paragraphs
/// of the XML are the real text of kst-29521-327, and the PDF is a real Gegevensmagazijn resource.
/// </summary>
internal sealed class RecordedKoop : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordedKoop(WebApplication app) => _app = app;

    /// <summary>Publications by id: their metadata, and a Kamerstuk XML or (null) only a PDF.</summary>
    public Dictionary<string, (int Number, DateOnly Date, string Title, string Modified, byte[]? Xml)> Publications { get; } = [];

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public int CountOf(string part) => Requests.Count(r => r.Contains(part, StringComparison.Ordinal));

    public static async Task<RecordedKoop> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordedKoop(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First());
        return server;
    }

    public static byte[] KamerstukXml(int number, DateOnly date, string title, IEnumerable<string> paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<al>{SecurityElement.Escape(p)}</al>"));
        return System.Text.Encoding.UTF8.GetBytes(
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://technische-documentatie.oep.overheid.nl/schema/op-xsd-2012-1">
              <metadata><meta name="OVERHEIDop.externMetadataRecord" content="https://zoek.officielebekendmakingen.nl/kst-29521-{number}/metadata.xml"/></metadata>
              <kamerstuk>
                <kamerstukkop><tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel><tekstregel inhoud="vergaderjaar">Vergaderjaar {date.Year}–{date.Year + 1}</tekstregel></kamerstukkop>
                <dossier><dossiernummer><dossiernr>29 521</dossiernr></dossiernummer><titel>Nederlandse deelname aan vredesmissies</titel></dossier>
                <stuk>
                  <stuknr>Nr. <ondernummer kamer="2">{number}</ondernummer></stuknr>
                  <titel>{SecurityElement.Escape(title)}</titel>
                  <algemeen><vrije-tekst><tekst>{body}</tekst></vrije-tekst></algemeen>
                </stuk>
              </kamerstuk>
            </officiele-publicatie>
            """);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        Requests.Enqueue(Uri.UnescapeDataString(path + context.Request.QueryString));
        if (path == "/sru")
        {
            await SearchAsync(context);
            return;
        }

        var id = path.TrimStart('/').Split('/')[0];
        var extension = Path.GetExtension(id);
        id = extension.Length > 0 ? id[..^extension.Length] : id;
        if (!Publications.TryGetValue(id, out var p))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (path.EndsWith("/metadata.xml", StringComparison.Ordinal))
        {
            context.Response.ContentType = "application/xml";
            await context.Response.WriteAsync(
                $"""
                <?xml version="1.0" encoding="utf-8"?>
                <metadata_gegevens>
                  <metadata name="DC.identifier" scheme="OVERHEIDop.ParlID" content="{id}"/>
                  <metadata name="DC.title" scheme="" content="Nederlandse deelname aan vredesmissies; {SecurityElement.Escape(p.Title)}"/>
                  <metadata name="DC.type" scheme="OVERHEIDop.Parlementair" content="Kamerstuk"/>
                  <metadata name="DCTERMS.issued" scheme="OVERHEID.XSD_date" content="{p.Date:yyyy-MM-dd}"/>
                  <metadata name="OVERHEIDop.dossiernummer" scheme="" content="29521"/>
                  <metadata name="OVERHEIDop.ondernummer" scheme="" content="{p.Number}"/>
                  <metadata name="OVERHEIDop.documenttitel" scheme="" content="{SecurityElement.Escape(p.Title)}"/>
                  <metadata name="OVERHEIDop.vergaderjaar" scheme="" content="{p.Date.Year}-{p.Date.Year + 1}"/>
                  <metadata name="OVERHEIDop.datumBrief" scheme="" content="{p.Date:yyyy-MM-dd}"/>
                </metadata_gegevens>
                """);
            return;
        }

        var file = extension switch
        {
            ".xml" => p.Xml,
            ".pdf" => File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "data", "fixtures", "tk-resources", "d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf")),
            _ => null,
        };
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = extension == ".xml" ? "application/xml" : "application/pdf";
        await context.Response.Body.WriteAsync(file);
    }

    private async Task SearchAsync(HttpContext context)
    {
        var query = context.Request.Query["query"].ToString();
        var start = int.Parse(context.Request.Query["startRecord"].ToString(), CultureInfo.InvariantCulture);
        var size = int.Parse(context.Request.Query["maximumRecords"].ToString(), CultureInfo.InvariantCulture);
        var selected = Publications
            .Where(p => query.Contains("w.dossiernummer==29521", StringComparison.Ordinal) || query.Contains($"dt.identifier=={p.Key}", StringComparison.Ordinal))
            .Where(p => !query.Contains("dt.date>=", StringComparison.Ordinal) || p.Value.Date >= DateOnly.Parse(query[(query.IndexOf("dt.date>=", StringComparison.Ordinal) + 9)..][..10], CultureInfo.InvariantCulture))
            .OrderBy(p => p.Value.Date)
            .ToList();
        var records = string.Concat(selected.Skip(start - 1).Take(size).Select(p =>
            $"""
            <sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema><sru:recordData>
              <gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru"><gzd:originalData>
                <overheidwetgeving:meta xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:c="http://standaarden.overheid.nl/collectie/">
                  <overheidwetgeving:owmskern><dcterms:identifier>{p.Key}</dcterms:identifier><dcterms:title>{SecurityElement.Escape(p.Value.Title)}</dcterms:title><dcterms:type scheme="OVERHEIDop.Parlementair">Kamerstuk</dcterms:type><dcterms:modified>{p.Value.Modified}</dcterms:modified></overheidwetgeving:owmskern>
                  <overheidwetgeving:owmsmantel><dcterms:date>{p.Value.Date:yyyy-MM-dd}</dcterms:date></overheidwetgeving:owmsmantel>
                  <overheidwetgeving:tpmeta><c:product-area>officielepublicaties</c:product-area><overheidwetgeving:dossiernummer>29521</overheidwetgeving:dossiernummer><overheidwetgeving:ondernummer>{p.Value.Number}</overheidwetgeving:ondernummer><overheidwetgeving:subrubriek scheme="OVERHEIDop.KamerstukTypen">Brief</overheidwetgeving:subrubriek></overheidwetgeving:tpmeta>
                </overheidwetgeving:meta>
              </gzd:originalData></gzd:gzd>
            </sru:recordData></sru:record>
            """));
        context.Response.ContentType = "application/xml";
        await context.Response.WriteAsync(
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"><sru:version>2.0</sru:version><sru:numberOfRecords>{selected.Count}</sru:numberOfRecords><sru:records>{records}</sru:records></sru:searchRetrieveResponse>
            """);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
