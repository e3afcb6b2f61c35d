using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>The kind of a paper and where in the normalised text the deciding words stand, if anywhere.</summary>
internal sealed record KindDecision(DocumentKind Kind, TextSpan? Evidence);
