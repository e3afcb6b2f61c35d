using Mandaat.Store;

namespace Mandaat.Cli.Output;

/// <summary>What <c>copy</c> did and how the two stores compare afterwards.</summary>
public sealed record CopyReport(string From, string To, int Copied, int Unchanged, StoreFingerprint Source, StoreFingerprint Target)
{
    public bool Equal => Source == Target;

    /// <summary>Which of the compared numbers differ, for the error line.</summary>
    public string Difference => string.Join(", ", new[]
    {
        Source.Documents != Target.Documents ? $"documents {Source.Documents} against {Target.Documents}" : null,
        Source.Facts != Target.Facts ? $"facts {Source.Facts} against {Target.Facts}" : null,
        Source.Commitments != Target.Commitments ? $"commitments {Source.Commitments} against {Target.Commitments}" : null,
        Source.Checksum != Target.Checksum ? "checksums" : null,
    }.OfType<string>());

    public object ToJson() => new
    {
        from = From,
        to = To,
        copied = Copied,
        unchanged = Unchanged,
        source = Shape(Source),
        target = Shape(Target),
        equal = Equal,
    };

    public void Write()
    {
        Console.WriteLine($"Copied {Copied} documents from {From} to {To} ({Unchanged} were there already).");
        Console.WriteLine($"{"",-12} {"documents",10} {"facts",10} {"commitments",12}  checksum");
        Console.WriteLine($"{"source",-12} {Source.Documents,10} {Source.Facts,10} {Source.Commitments,12}  {Source.Checksum[..16]}");
        Console.WriteLine($"{"target",-12} {Target.Documents,10} {Target.Facts,10} {Target.Commitments,12}  {Target.Checksum[..16]}");
        Console.WriteLine(Equal ? "The stores are equal." : $"The stores differ: {Difference}.");
    }

    private static object Shape(StoreFingerprint f) => new { documents = f.Documents, facts = f.Facts, commitments = f.Commitments, checksum = f.Checksum };
}
