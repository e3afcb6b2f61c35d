using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Segment;

/// <summary>Finds headings (with their Toetsingskader aspect) and numbered questions and answers.</summary>
public interface ISegmenter
{
    Segmentation Segment(NormalizedText text, DocumentIdentity identity);
}
