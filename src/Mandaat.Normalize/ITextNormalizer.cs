using Mandaat.Core.Text;

namespace Mandaat.Normalize;

/// <summary>Removes print artefacts from source text and reflows it into paragraphs, keeping a map back to the source.</summary>
public interface ITextNormalizer
{
    NormalizedText Normalize(SourceText source);
}
