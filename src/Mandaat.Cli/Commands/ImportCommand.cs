using System.CommandLine;
using System.Globalization;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Import;
using Mandaat.Missions;
using Mandaat.Pipeline;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>import</c>: a whole dossier, a mission's dossiers or single papers from the official record (docs/IMPORT.md),
/// stored with the source's metadata, resumable, polite, and kept current with <c>--update</c>.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CommandServices services)
    {
        var source = new Option<string>("--source") { Description = "Which source: tk (the Tweede Kamer's Gegevensmagazijn), ob (officielebekendmakingen) or all.", DefaultValueFactory = _ => "tk" };
        source.AcceptOnlyFromAmong("tk", "ob", "all");
        var dossier = new Option<string[]>("--dossier") { Description = "A dossier to import (29521, 36600-X); repeat for more.", AllowMultipleArgumentsPerToken = false };
        var document = new Option<string[]>("--document") { Description = "One paper: a Kamerstuk id (kst-29521-349) or a Gegevensmagazijn Document id; repeat for more." };
        var mission = new Option<string?>("--mission") { Description = "The dossiers of a mission in the catalogue (`mandaat missions` lists them)." };
        var since = new Option<string?>("--since") { Description = "Only papers dated on or after this day (2013-01-01)." };
        var update = new Option<bool>("--update") { Description = "Only what changed since each selection's last complete import, read from the SyncFeed (deletions honoured)." };
        var offline = new Option<bool>("--offline") { Description = "Fetch nothing: read every answer from the download cache." };
        var tkUrl = new Option<string?>("--tk-url") { Description = "The Gegevensmagazijn's base address (default https://gegevensmagazijn.tweedekamer.nl)." };
        var obUrl = new Option<string?>("--ob-url") { Description = "officielebekendmakingen's base address (default https://zoek.officielebekendmakingen.nl)." };
        var cache = new Option<string?>("--cache") { Description = "The download cache folder (default $MANDAAT_CACHE, else ~/.cache/mandaat)." };
        var contact = new Option<string?>("--contact") { Description = "How the sources can reach you (an e-mail address or URL), sent in the User-Agent (default $MANDAAT_CONTACT)." };
        var rate = new Option<double>("--rate") { Description = "Requests a second at most (default 4).", DefaultValueFactory = _ => 4 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one request may take before it is retried (default 60).", DefaultValueFactory = _ => 60 };
        var retries = new Option<int>("--retries") { Description = "Retries of a request after a 429, a 5xx, a timeout or a cut body (default 4).", DefaultValueFactory = _ => 4 };
        var command = new Command("import", "Import papers from the official record: a dossier, a mission or single papers, kept current with --update.")
        {
            source, dossier, document, mission, since, update, offline, tkUrl, obUrl, cache, contact, rate, timeout, retries,
        };
        command.SetAction(async (parse, ct) =>
        {
            var from = parse.GetValue(source) ?? "tk";
            var dossiers = (parse.GetValue(dossier) ?? []).Select(d => d.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
            if (parse.GetValue(mission) is { } missionId)
            {
                var found = services.Get<MissionCatalog>().Find(missionId)
                    ?? throw new UsageException($"no mission '{missionId}' in the catalogue; `mandaat missions` lists them");
                dossiers.AddRange(found.Dossiers.Where(d => !dossiers.Contains(d)));
            }

            var documents = parse.GetValue(document) ?? [];
            var request = new ImportRequest
            {
                Dossiers = dossiers,
                Documents = documents,
                Since = ParseDay(parse.GetValue(since)),
                Update = parse.GetValue(update),
                Offline = parse.GetValue(offline),
                TkBase = BaseAddress(parse.GetValue(tkUrl) ?? "https://gegevensmagazijn.tweedekamer.nl", "--tk-url"),
                CacheFolder = parse.GetValue(cache) ?? DefaultCache(),
                Contact = parse.GetValue(contact) ?? Environment.GetEnvironmentVariable("MANDAAT_CONTACT"),
                RequestsPerSecond = parse.GetValue(rate) is > 0 and var r ? r : throw new UsageException("--rate must be above 0"),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout) is > 0 and var t ? t : throw new UsageException("--timeout must be above 0")),
                Retries = parse.GetValue(retries) is >= 0 and var n ? n : throw new UsageException("--retries must be 0 or more"),
            };
            if (parse.GetValue(obUrl) is { } ob)
            {
                // A mirror (or a test server) serves the publications and the SRU search under one base address.
                var obBase = BaseAddress(ob, "--ob-url");
                request = request with { ObBase = obBase, ObSru = new Uri(obBase, "/sru") };
            }

            var tk = new List<TkSelection>();
            var koop = new List<ObSelection>();
            try
            {
                if (from is "tk" or "all")
                {
                    tk.AddRange(request.Dossiers.Select(d => TkSelection.Dossier(d, request.Since)));
                    tk.AddRange(request.Documents.Select(TkSelection.Document));
                }

                if (from is "ob" or "all")
                {
                    koop.AddRange(request.Dossiers.Select(d => ObSelection.Dossier(d, request.Since)));
                    koop.AddRange(request.Documents.Where(d => !Guid.TryParse(d, out _) || from == "ob").Select(ObSelection.Document));
                }
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }

            if (tk.Count + koop.Count == 0)
            {
                throw new UsageException("name what to import: --dossier N, --document ID or --mission ID (with --update: what changed since)");
            }

            var store = await services.StoreAsync(create: true);
            using var http = new PoliteHttp(request);
            var tally = new ImportTally(new ImportProgressLines(Console.Error, TimeSpan.FromSeconds(2)));
            var processor = services.Get<DocumentProcessor>();
            await new TkImporter(request, http, processor, store, tally).RunAsync(tk, ct);
            if (from is "tk" or "all")
            {
                // The official commitments register of the same dossiers, shown beside what `commitments` reads in the papers.
                await new CommitmentImporter(request, http, store, tally).RunAsync(request.Dossiers, ct);
            }

            var report = await new ObImporter(request, http, processor, store, tally).RunAsync(koop, ct);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new
                {
                    fetched = report.Fetched,
                    @new = report.New,
                    updated = report.Updated,
                    unchanged = report.Unchanged,
                    removed = report.Removed,
                    commitments = report.Commitments,
                    failed = report.Failed.Select(f => new { source = f.Source, id = f.Id, reason = f.Reason }),
                    warnings = report.Warnings.Select(w => new { source = w.Source, id = w.Id, message = w.Message }),
                });
            }
            else
            {
                Console.WriteLine($"Imported: {report.Fetched} fetched, {report.New} new, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed, {report.Failed.Count} failed; {report.Commitments} official commitments.");
            }

            foreach (var warning in report.Warnings)
            {
                Terminal.WriteWarning($"{warning.Id}: {warning.Message}");
            }

            foreach (var failure in report.Failed)
            {
                Terminal.WriteError($"{failure.Source} {failure.Id}: {failure.Reason}");
            }

            return report.Failed.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static string DefaultCache() =>
        Environment.GetEnvironmentVariable("MANDAAT_CACHE") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "mandaat");

    private static DateOnly? ParseDay(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new UsageException($"--since '{value}' is not a day (2013-01-01)");

    private static Uri BaseAddress(string value, string option) =>
        Uri.TryCreate(value, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? address
            : throw new UsageException($"{option} '{value}' is not an http(s) address (scheme and host, such as https://gegevensmagazijn.tweedekamer.nl)");
}
