namespace Mandaat.Normalize.Tests;

/// <summary>
/// Golden files: the normalised text of each sample, reviewed by eye. When the output changes on
/// purpose, review the .received.txt written next to the approved file and copy it over.
/// </summary>
public sealed class ApprovedOutputTests
{
    [Theory]
    [MemberData(nameof(Names))]
    public void Normalised_text_matches_the_approved_file(string name)
    {
        var actual = Samples.Normalized(name).Text + "\n";
        var approvedPath = Path.Combine(Samples.ApprovedFolder, name + ".approved.txt");
        var receivedPath = Path.Combine(Samples.ApprovedFolder, name + ".received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"Normalised text of {name} differs from {approvedPath}; review {receivedPath}.");
    }

    public static TheoryData<string> Names() => Samples.Names();
}
