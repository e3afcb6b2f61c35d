using System.Security.Cryptography;
using System.Text;

namespace Mandaat.Fuzz;

/// <summary>
/// Makes the instrumented copy of this tool that the worker runs: the tool's folder copied to a work folder, and in
/// the copy, SharpFuzz's branch instrumentation (<c>SharpFuzz.Fuzzer.Instrument</c>, what the <c>sharpfuzz</c>
/// command does) in every assembly a hostile input reaches: ours (the readers, normalisation, every stage after
/// them, the query parser) and the third-party parsers that read the raw bytes. The build output the tests and
/// the CLI run is never touched. The copy is kept, stamped with what it was made from, and made again when that
/// changes, so a short run does not pay for the instrumentation each time.
/// </summary>
public static class Instrumenter
{
    private const string Stamp = ".instrumented";

    /// <summary>
    /// Assemblies instrumented whole, by file name prefix (ours are Mandaat.*, the planted bug's
    /// Mandaat.Fuzz.Planted among them; the tool itself, mandaat-fuzz, is not). DocumentFormat.OpenXml.dll itself is left out: it is the
    /// generated schema (one class per element, hundreds of thousands of branches) that would fill the 64 KB map
    /// with collisions; its reading machinery is in DocumentFormat.OpenXml.Framework and the zip packaging in
    /// System.IO.Packaging, both instrumented.
    /// </summary>
    private static readonly string[] Prefixes =
    [
        "Mandaat.", "UglyToad.PdfPig", "AngleSharp", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging",
    ];

    /// <summary>The instrumented tool's entry assembly under <paramref name="work"/>, made there first if needed.</summary>
    public static string Prepare(string work, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var source = AppContext.BaseDirectory;
        var entry = Path.GetFileName(typeof(Instrumenter).Assembly.Location);
        var fingerprint = Fingerprint(source);
        var origin = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..8];
        var folder = Path.Combine(work, origin + "-" + fingerprint[..8]);
        if (File.Exists(Path.Combine(folder, Stamp)))
        {
            return Path.Combine(folder, entry);
        }

        // A copy made from an earlier build of the same tool folder is stale.
        foreach (var stale in Directory.Exists(work) ? Directory.EnumerateDirectories(work, origin + "-*") : [])
        {
            Directory.Delete(stale, recursive: true);
        }

        // Made beside and renamed into place, so two campaigns starting at once never run a half-made copy.
        var making = folder + "." + Environment.ProcessId;
        Copy(source, making);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(making, "*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            try
            {
                SharpFuzz.Fuzzer.Instrument(file, _ => true, SharpFuzz.Options.Value);
                count++;
            }
            catch (SharpFuzz.InstrumentationException ex)
            {
                // A mixed-mode assembly cannot be instrumented; it still runs, unseen by the coverage.
                log.WriteLine($"not instrumented: {name}: {ex.Message}");
            }
        }

        File.WriteAllText(Path.Combine(making, Stamp), fingerprint + "\n");
        try
        {
            Directory.Move(making, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, Stamp)))
        {
            // Another campaign made it first: use that copy.
            Directory.Delete(making, recursive: true);
        }

        log.WriteLine($"instrumented {count} assemblies in {clock.Elapsed.TotalSeconds:0} s: {folder}");
        return Path.Combine(folder, entry);
    }

    // The tool's files by name, size and time: a rebuild makes a new copy.
    private static string Fingerprint(string source)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(source, "*.dll").Order(StringComparer.Ordinal).Select(f => new FileInfo(f)))
        {
            text.Append(file.Name).Append(' ').Append(file.Length).Append(' ').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            // File.Copy keeps the Unix mode, so the copied apphost stays executable.
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
