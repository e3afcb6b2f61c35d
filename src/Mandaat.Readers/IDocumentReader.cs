using Mandaat.Core;
using Mandaat.Core.Text;

namespace Mandaat.Readers;

/// <summary>
/// Turns the bytes of one file format into text with page boundaries. Readers never throw on bad
/// input: a broken or unsupported file gives a failed <see cref="Outcome{T}"/> whose error says why.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format name stored with the document ("txt", "pdf", "xml", "html", "docx").</summary>
    string Format { get; }

    /// <summary>File extensions this reader takes, lower case with the dot (".pdf").</summary>
    IReadOnlyList<string> Extensions { get; }

    Outcome<SourceText> Read(byte[] content, string fileName);
}
