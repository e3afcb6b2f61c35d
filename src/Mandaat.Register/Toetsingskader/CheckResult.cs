using Mandaat.Core.Documents;
namespace Mandaat.Register.Toetsingskader;

/// <summary>The Toetsingskader checklist of one document: all 23 aspects in the framework's order.</summary>
public sealed record CheckResult(string Document, DocumentKind Kind, DateOnly? Date, IReadOnlyList<AspectCheck> Aspects);
