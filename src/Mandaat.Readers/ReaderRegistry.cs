using System.Collections.Frozen;
using Mandaat.Core;
using Mandaat.Core.Limits;
using Mandaat.Core.Text;

namespace Mandaat.Readers;

/// <summary>
/// Picks the reader for a file by its extension and turns every problem on the way (missing path,
/// unreadable or empty file, unknown extension) into a failed outcome with a one-line reason.
/// </summary>
public sealed class ReaderRegistry
{
    private readonly FrozenDictionary<string, IDocumentReader> _byExtension;

    public ReaderRegistry(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        Readers = [.. readers];
        var map = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in Readers)
        {
            foreach (var extension in reader.Extensions)
            {
                if (!map.TryAdd(extension, reader))
                {
                    throw new ArgumentException($"Two readers claim the extension {extension}.", nameof(readers));
                }
            }
        }

        _byExtension = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every format this project reads, and the .doc refusal, within the default limits.</summary>
    public static ReaderRegistry Default { get; } = Within(DocumentLimits.Default);

    /// <summary>Every format this project reads, and the .doc refusal, each reader refusing what passes <paramref name="limits"/>.</summary>
    public static ReaderRegistry Within(DocumentLimits limits) => new(
    [
        new PlainTextReader(limits),
        new PdfDocumentReader(limits),
        new PublicationXmlReader(limits),
        new PublicationHtmlReader(limits),
        new DocxReader(limits),
        new LegacyWordReader(),
    ]);

    public IReadOnlyList<IDocumentReader> Readers { get; }

    /// <summary>The reader for a file name's extension, or null.</summary>
    public IDocumentReader? ForFile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return _byExtension.GetValueOrDefault(Path.GetExtension(fileName));
    }

    /// <summary>Reads a file from disk; never throws on a bad path or a bad file.</summary>
    public Outcome<SourceText> Read(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Outcome<SourceText>.Fail("no path given");
        }

        // The extension is checked first: an unsupported file need not be read at all.
        var reader = ForFile(path);
        if (reader is null)
        {
            return Unsupported(path);
        }

        if (Directory.Exists(path))
        {
            return Outcome<SourceText>.Fail($"{path} is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            return Outcome<SourceText>.Fail($"file not found: {path}");
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return Outcome<SourceText>.Fail($"cannot read {path}: {ex.Message.ReplaceLineEndings(" ").Trim()}");
        }

        return ReadWith(reader, content, path);
    }

    /// <summary>Reads bytes that came from elsewhere (a download, an archive) by their file name's extension.</summary>
    public Outcome<SourceText> Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var reader = ForFile(fileName);
        return reader is null ? Unsupported(fileName) : ReadWith(reader, content, fileName);
    }

    private static Outcome<SourceText> ReadWith(IDocumentReader reader, byte[] content, string name)
    {
        if (content.Length == 0)
        {
            return Outcome<SourceText>.Fail("empty file");
        }

        // The reason alone: every caller names the file it read (the ingest report's path, the CLI's
        // "error: PATH: …"), and a reason that named it again printed the name twice.
        return reader.Read(content, Path.GetFileName(name));
    }

    private static Outcome<SourceText> Unsupported(string name)
    {
        var extension = Path.GetExtension(name);
        var what = extension.Length == 0 ? "a file without an extension is not read" : $"unsupported extension {extension}";
        return Outcome<SourceText>.Fail($"{what}; supported formats are {SupportedFormats.List}");
    }
}
