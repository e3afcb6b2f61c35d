namespace Mandaat.Readers.Tests;

/// <summary>Every bad input gives a failed outcome with a one-line reason, never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mandaat-readers-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.EnumerateFiles(_dir))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<string, string, byte[], string> BadFiles()
    {
        var random = new byte[4096];
        new Random(42).NextBytes(random);
        var handelingen = File.ReadAllBytes(RepoPaths.Fixture("op-handelingen", "h-tk-20172018-61-10.xml"));
        return new TheoryData<string, string, byte[], string>
        {
            { "an empty file is refused before any reader", "leeg.txt", [], "empty file" },
            { "an empty PDF", "leeg.pdf", [], "empty file" },
            { "random bytes named .pdf", "ruis.pdf", random, "not a readable PDF" },
            { "a PDF cut after its header", "kapot.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8.ToArray(), "not a readable PDF" },
            { "a real XML fixture cut in half", "half.xml", handelingen[..(handelingen.Length / 2)], "malformed XML at line " },
            { "XML that is not an officiele-publicatie", "feed.xml", "<feed><entry/></feed>"u8.ToArray(), "supported XML is an officielebekendmakingen publication" },
            { "random bytes named .docx (no zip)", "ruis.docx", random, "not a readable DOCX" },
            { "a real .doc (legacy Word)", "motie.doc", File.ReadAllBytes(RepoPaths.Fixture("tk-resources", "ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc")), "legacy Word (.doc) is not supported; supported formats are .txt, .pdf, .xml, .html, .docx" },
            { "an unknown extension", "tabel.xlsx", random, "unsupported extension .xlsx" },
            { "no extension at all", "README", random, "a file without an extension is not read" },
            { "only whitespace in a text file", "wit.txt", "  \n\t\n"u8.ToArray(), "no text" },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_file_fails_with_a_one_line_reason(string reason, string name, byte[] content, string expected)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);

        var outcome = ReaderRegistry.Default.Read(path);

        Assert.False(outcome.Succeeded, reason);
        Assert.Contains(expected, outcome.Error);
        Assert.DoesNotContain('\n', outcome.Error!);
    }

    [Fact]
    public void Truncated_xml_names_line_and_column()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("op-handelingen", "h-tk-20172018-61-10.xml"));

        var outcome = new PublicationXmlReader().Read(bytes[..(bytes.Length / 2)], "half.xml");

        Assert.Matches(@"^malformed XML at line \d+, column \d+: Unexpected end of file", outcome.Error);
        Assert.DoesNotMatch(@"position \d+\.$", outcome.Error);
    }

    [Fact]
    public void A_path_that_does_not_exist_fails()
    {
        var outcome = ReaderRegistry.Default.Read(Path.Combine(_dir, "bestaat-niet.pdf"));

        Assert.StartsWith("file not found: ", outcome.Error);
    }

    [Theory]
    [InlineData("", "no path given")]
    [InlineData("   ", "no path given")]
    public void No_path_fails(string path, string expected)
    {
        Assert.Equal(expected, ReaderRegistry.Default.Read(path).Error);
    }

    [Fact]
    public void A_directory_fails()
    {
        var dir = Path.Combine(_dir, "map.pdf");
        Directory.CreateDirectory(dir);

        Assert.Contains("is a directory", ReaderRegistry.Default.Read(dir).Error);
    }

    [Fact]
    public void An_unreadable_file_fails_unless_permissions_do_not_apply()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_dir, "geheim.txt");
        File.WriteAllText(path, "geheime tekst");
        File.SetUnixFileMode(path, UnixFileMode.None);

        var outcome = ReaderRegistry.Default.Read(path);

        // Root (as in CI containers) reads a mode-000 file anyway: then reading must simply succeed.
        if (CanOpen(path))
        {
            Assert.True(outcome.Succeeded, outcome.Error);
            return;
        }

        Assert.StartsWith("cannot read ", outcome.Error);
    }

    [Fact]
    public void Readers_fail_on_empty_bytes_without_throwing()
    {
        foreach (var reader in ReaderRegistry.Default.Readers)
        {
            var outcome = reader.Read([], "leeg" + reader.Extensions[0]);

            Assert.False(outcome.Succeeded, reader.Format);
        }
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
