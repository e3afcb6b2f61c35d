using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Segment;

namespace Mandaat.Extract;

/// <summary>Everything an extractor may read about one document.</summary>
public sealed record ExtractionContext(NormalizedText Text, DocumentIdentity Identity, Segmentation Segmentation, string? DocumentId);
