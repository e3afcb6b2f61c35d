using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mandaat.Import.Tests;

/// <summary>
/// The Gegevensmagazijn's OData service as recorded, served over real HTTP by Kestrel on a free port of 127.0.0.1:
/// <c>/OData/v4/2.0/Document?$filter=…</c> answers the documented page shape (<c>@odata.context</c>, <c>value</c>,
/// <c>@odata.nextLink</c> with <c>$skip</c>) for the filter idioms the importer uses, and <c>Document(id)/resource</c>
/// the file's bytes. Faults are queued per path (a 500, a 429 with Retry-After, a slow answer, a cut body, malformed
/// JSON, a nextLink that loops) and every request is counted, so a test sees what was fetched. The SyncFeed and the
/// commitments register are in the other part of this class.
/// </summary>
internal sealed partial class RecordedGegevensmagazijn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new();

    private RecordedGegevensmagazijn(WebApplication app) => _app = app;

    public List<RecordedDocument> Documents { get; } = [];

    /// <summary>Entities a page (250 on the real service; fewer here so a small recording has several pages).</summary>
    public int PageSize { get; set; } = 250;

    /// <summary>A page number whose nextLink points back to the first page: the loop fault.</summary>
    public int? LoopAfterPage { get; set; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<RecordedGegevensmagazijn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordedGegevensmagazijn(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First());
        return server;
    }

    /// <summary>Queues a fault for the next request whose path and query (unescaped) contain <paramref name="match"/>.</summary>
    public void Add(Fault fault, string match) => _faults.GetOrAdd(match, _ => new()).Enqueue(fault);

    public int CountOf(string pathPart) => Requests.Count(r => r.Contains(pathPart, StringComparison.Ordinal));

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var request = Uri.UnescapeDataString(path + context.Request.QueryString);
        Requests.Enqueue(request);
        foreach (var (match, queue) in _faults)
        {
            if (request.Contains(match, StringComparison.Ordinal) && queue.TryDequeue(out var fault))
            {
                if (await fault.ApplyAsync(context))
                {
                    return;
                }
            }
        }

        if (ResourcePath().Match(path) is { Success: true } resource)
        {
            var document = Documents.FirstOrDefault(d => d.Id == resource.Groups[1].Value && !d.Deleted);
            if (document is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = document.ContentType;
            context.Response.ContentLength = document.File.Length;
            await context.Response.Body.WriteAsync(document.File);
            return;
        }

        if (path == "/OData/v4/2.0/Document")
        {
            await ListAsync(context);
            return;
        }

        if (path == "/SyncFeed/2.0/Feed")
        {
            await FeedAsync(context);
            return;
        }

        if (path == "/OData/v4/2.0/Toezegging")
        {
            await ListCommitmentsAsync(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task ListAsync(HttpContext context)
    {
        var filter = context.Request.Query["$filter"].ToString();
        var skip = int.TryParse(context.Request.Query["$skip"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var selected = Documents.Where(d => Matches(d, filter)).OrderBy(d => d.Datum).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var page = selected.Skip(skip).Take(PageSize).ToList();
        var pageNumber = (skip / PageSize) + 1;
        var body = new Dictionary<string, object?>
        {
            ["@odata.context"] = $"{BaseAddress}OData/v4/2.0/$metadata#Document",
            ["value"] = page.Select((d, i) => d.Entity(dossierNumber: null)).ToList(),
        };
        var query = $"$filter={Uri.EscapeDataString(filter)}&$expand=Kamerstukdossier,HuidigeDocumentVersie&$orderby=Datum,Id";
        if (LoopAfterPage == pageNumber)
        {
            body["@odata.nextLink"] = $"{BaseAddress}OData/v4/2.0/Document?{query}";
        }
        else if (skip + PageSize < selected.Count)
        {
            body["@odata.nextLink"] = $"{BaseAddress}OData/v4/2.0/Document?{query}&$skip={skip + PageSize}";
        }

        context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    // The filter idioms of FORMATS.md §1a the importer sends, read as the service reads them.
    private static bool Matches(RecordedDocument d, string filter)
    {
        bool Is(Regex pattern, Func<string, bool> test) => pattern.Match(filter) is not { Success: true } m || test(m.Groups[1].Value);
        return Is(Deleted(), v => d.Deleted == (v == "true"))
            && Is(DossierNumber(), v => d.Dossier == int.Parse(v, CultureInfo.InvariantCulture))
            && Is(Number(), v => d.Volgnummer == int.Parse(v, CultureInfo.InvariantCulture))
            && (!Id().IsMatch(filter) || Id().Matches(filter).Any(m => m.Groups[1].Value == d.Id))
            && Is(Since(), v => d.Datum >= DateOnly.FromDateTime(DateTime.Parse(v, CultureInfo.InvariantCulture)))
            && Is(ChangedSince(), v => d.ChangedAt >= DateTimeOffset.Parse(v, CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [GeneratedRegex(@"^/OData/v4/2\.0/Document\(([0-9a-f-]+)\)/resource$")]
    private static partial Regex ResourcePath();

    [GeneratedRegex(@"Verwijderd eq (true|false)")]
    private static partial Regex Deleted();

    [GeneratedRegex(@"d/Nummer eq (\d+)")]
    private static partial Regex DossierNumber();

    [GeneratedRegex(@"Volgnummer eq (\d+)")]
    private static partial Regex Number();

    [GeneratedRegex(@"\bId eq ([0-9a-f-]+)")]
    private static partial Regex Id();

    [GeneratedRegex(@"Datum ge (\S+)")]
    private static partial Regex Since();

    [GeneratedRegex(@"GewijzigdOp ge (\S+)")]
    private static partial Regex ChangedSince();
}
