namespace Mandaat.Readers.Tests;

public sealed class ReaderRegistryTests
{
    [Theory]
    [InlineData("brief.txt", "txt")]
    [InlineData("BRIEF.PDF", "pdf")]
    [InlineData("kst-27925-506.xml", "xml")]
    [InlineData("kst-27925-506.html", "html")]
    [InlineData("pagina.htm", "html")]
    [InlineData("motie.docx", "docx")]
    [InlineData("motie.doc", "doc")]
    public void Picks_the_reader_by_extension_ignoring_case(string fileName, string format)
    {
        Assert.Equal(format, ReaderRegistry.Default.ForFile(fileName)?.Format);
    }

    [Theory]
    [InlineData("tabel.xlsx")]
    [InlineData("README")]
    [InlineData("archief.zip")]
    public void Has_no_reader_for_other_extensions(string fileName)
    {
        Assert.Null(ReaderRegistry.Default.ForFile(fileName));
    }

    [Fact]
    public void Reads_bytes_by_file_name_as_the_pipeline_does()
    {
        var outcome = ReaderRegistry.Default.Read("Den Haag, 20 februari 2025"u8.ToArray(), "brief.txt");

        Assert.Equal("Den Haag, 20 februari 2025", outcome.Value.Text);
    }

    [Fact]
    public void Two_readers_for_one_extension_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => new ReaderRegistry([new PlainTextReader(), new PlainTextReader()]));
    }
}
