namespace Mandaat.Core.Facts;

/// <summary>A heading that names a Toetsingskader aspect.</summary>
public sealed record SectionFact(string Aspect, string Heading) : Fact
{
    protected override string TypeName => FactType.Section;
}
