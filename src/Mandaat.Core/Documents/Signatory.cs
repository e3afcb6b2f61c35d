using Mandaat.Core.Text;

namespace Mandaat.Core.Documents;

/// <summary>A person who signed the document, with the office as printed above the name.</summary>
public sealed record Signatory(string Name, string Office, TextSpan Span);
