using Mandaat.Core;
using Mandaat.Core.Text;

namespace Mandaat.Readers;

/// <summary>
/// Refuses legacy Word (.doc): its binary format has no reader here, and a half-read document would give
/// wrong facts. The message says which formats work and how to get there.
/// </summary>
public sealed class LegacyWordReader : IDocumentReader
{
    public string Format => "doc";

    public IReadOnlyList<string> Extensions { get; } = [".doc"];

    public Outcome<SourceText> Read(byte[] content, string fileName) =>
        Outcome<SourceText>.Fail(
            $"legacy Word (.doc) is not supported; supported formats are {SupportedFormats.List}: save or convert it as .docx or .pdf (e.g. libreoffice --headless --convert-to docx)");
}
