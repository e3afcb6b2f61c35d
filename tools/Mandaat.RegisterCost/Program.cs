using System.Diagnostics;
using System.Globalization;
using Mandaat.Hosting;
using Mandaat.Pipeline;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.RegisterCost;
using Mandaat.Store;
using Mandaat.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// mandaat-register-cost DIR [SIZE…]: for each size (default 200 and 2000) a SQLite store of that many copies of the
// real papers; then each register surface timed the way it was read before issue 22 (every document read whole and
// linked per request, as MissionRegister.LoadAsync still does for exports) and as it is read now (the snapshots the
// store keeps), and /api/missions, a mission page and the home page over HTTP on the real web host. Medians of
// several runs; the figures to compare are ratios between sizes measured in the same run.
var root = args.Length > 0 ? Path.GetFullPath(args[0]) : throw new ArgumentException("usage: mandaat-register-cost DIR [SIZE…]");
var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [200, 2000];
var repository = FindRepository();
const int Runs = 5;

foreach (var size in sizes)
{
    var database = Path.Combine(root, $"register-{size}.db");
    var settings = new Dictionary<string, string?> { [MandaatOptions.StoreSetting] = database };
    var corpus = CopiedCorpus.Write(repository, size, root);
    await using var services = MandaatServices.Build(settings);
    var store = await services.GetRequiredService<LazyStore>().GetAsync();
    var ingestTime = Stopwatch.StartNew();
    await services.GetRequiredService<IngestService>().IngestAsync(store, [corpus], null, CancellationToken.None);
    ingestTime.Stop();
    var register = services.GetRequiredService<MissionRegister>();
    var tracker = services.GetRequiredService<CommitmentTracker>();
    var snapshot = await Time.OnceAsync(() => register.Materialised.RefreshAsync(store, CancellationToken.None));
    var documents = (await store.CountAsync(CancellationToken.None)).Documents;
    var biggest = (await register.ListAsync(store, CancellationToken.None)).OrderByDescending(m => m.Documents.Count).First().Id;

    // Before: what /api/missions, /missies/{id} and / computed per request (the home page read the store twice).
    var beforeList = await Time.MedianAsync(Runs, async () => register.All(await register.LoadAsync(store, CancellationToken.None)));
    var beforeMission = await Time.MedianAsync(Runs, async () =>
    {
        var corpus = await register.LoadAsync(store, CancellationToken.None);
        return register.Build(corpus, register.Find(corpus, biggest)!);
    });
    var beforeHome = await Time.MedianAsync(Runs, async () =>
    {
        var missions = register.All(await register.LoadAsync(store, CancellationToken.None));
        var open = CommitmentTracker.Track(await register.LoadAsync(store, CancellationToken.None));
        return (missions, open, await store.ListAsync(DocumentFilter.None, CancellationToken.None));
    });

    // Now: the same in process, and over HTTP.
    var afterList = await Time.MedianAsync(Runs, () => register.ListAsync(store, CancellationToken.None));
    var afterMission = await Time.MedianAsync(Runs, () => register.GetAsync(store, biggest, CancellationToken.None));
    var afterHome = await Time.MedianAsync(Runs, async () =>
        (await register.ListAsync(store, CancellationToken.None), await tracker.ListAsync(store, new CommitmentFilter(CommitmentStatus.Open), CancellationToken.None)));
    var app = MandaatWebHost.Create(settings, builder =>
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
    });
    await MandaatWebHost.StartAsync(app, CancellationToken.None);
    using var client = new HttpClient { BaseAddress = new Uri(app.ListeningAddress()!) };
    var httpList = await Time.HttpAsync(Runs, client, "/api/missions");
    var httpMission = await Time.HttpAsync(Runs, client, $"/missies/{biggest}");
    var httpHome = await Time.HttpAsync(Runs, client, "/");
    await app.StopAsync();
    await app.DisposeAsync();

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"size {size}: {documents} documents stored, ingest {ingestTime.Elapsed.TotalSeconds:0.0} s, snapshots made in {snapshot:0} ms, mission page of {biggest}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  before (ms): missions {beforeList:0.0}  mission {beforeMission:0.0}  home {beforeHome:0.0}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  now    (ms): missions {afterList:0.0}  mission {afterMission:0.0}  home {afterHome:0.0}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  HTTP   (ms): /api/missions {httpList:0.0}  /missies/{biggest} {httpMission:0.0}  / {httpHome:0.0}"));
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Mandaat.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Mandaat.slnx not found above " + AppContext.BaseDirectory);
}
