using System.Diagnostics;
using Mandaat.Core.Limits;

namespace Mandaat.Readers.Tests;

/// <summary>
/// Files that would grow without bound once read (issue 25): each is refused in moments with a reason that
/// names the part and the setting that raises the limit, never by taking the memory first.
/// </summary>
public sealed class HostileFileTests
{
    // Far above what any check here needs, far below what reading the bomb whole would take.
    private const long FewMegabytes = 48L * 1024 * 1024;

    [Fact]
    public void A_docx_zip_bomb_is_refused_by_its_ratio_without_unpacking_it_into_memory()
    {
        var bomb = HostileFiles.ZipBomb(megabytes: 64);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb packs to {bomb.Length} bytes");

        var (outcome, allocated, elapsed) = Measure(() => ReaderRegistry.Default.Read(bomb, "bom.docx"));

        Assert.False(outcome.Succeeded, "read");
        Assert.StartsWith("word/media/image1.png unpacks to more than 200 times its packed size", outcome.Error);
        Assert.EndsWith("(limit MANDAAT_MAX_RATIO=200; set it higher to read such a file)", outcome.Error);
        Assert.True(allocated < FewMegabytes, $"allocated {allocated / 1024 / 1024} MB");
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
    }

    [Fact]
    public void A_docx_whose_parts_unpack_beyond_the_limit_is_refused_even_at_an_ordinary_ratio()
    {
        var large = HostileFiles.ManyParagraphs(40_000);
        var limits = new DocumentLimits { MaxUnpackedMegabytes = 1 };

        var outcome = ReaderRegistry.Within(limits).Read(large, "lang.docx");

        Assert.Equal("its parts unpack to more than 1 MB (word/document.xml among them) (limit MANDAAT_MAX_UNPACKED_MB=1; set it higher to read such a file)", outcome.Error);
        Assert.True(ReaderRegistry.Default.Read(large, "lang.docx").Succeeded, "within the default limits the same file reads");
    }

    [Fact]
    public void Millions_of_empty_paragraphs_are_refused_by_their_count_before_a_tree_is_built()
    {
        var limits = new DocumentLimits { MaxParagraphs = 1000, MaxCompressionRatio = 100_000 };

        var outcome = ReaderRegistry.Within(limits).Read(HostileFiles.EmptyParagraphs(megabytes: 2), "leeg.docx");

        Assert.Equal("word/document.xml holds more than 1000 paragraphs (limit MANDAAT_MAX_PARAGRAPHS=1000; set it higher to read such a file)", outcome.Error);
    }

    [Fact]
    public void A_docx_of_more_parts_than_the_limit_is_refused_before_any_is_unpacked()
    {
        var outcome = ReaderRegistry.Within(new DocumentLimits { MaxEntries = 10 }).Read(HostileFiles.ManyParts(20), "delen.docx");

        Assert.Equal("it holds 23 parts, more than 10 (limit MANDAAT_MAX_ENTRIES=10; set it higher to read such a file)", outcome.Error);
        Assert.True(ReaderRegistry.Default.Read(HostileFiles.ManyParts(20), "delen.docx").Succeeded);
    }

    [Fact]
    public void Xml_nested_deeper_than_the_limit_is_refused_in_a_docx_and_in_a_publication()
    {
        var docx = ReaderRegistry.Default.Read(HostileFiles.DeeplyNested(300), "diep.docx");
        var xml = ReaderRegistry.Default.Read(HostileFiles.DeeplyNestedXml(300), "diep.xml");

        Assert.Equal("word/document.xml nests elements more than 256 deep (limit MANDAAT_MAX_XML_DEPTH=256; set it higher to read such a file)", docx.Error);
        Assert.Equal("the XML nests elements more than 256 deep (limit MANDAAT_MAX_XML_DEPTH=256; set it higher to read such a file)", xml.Error);
        Assert.True(ReaderRegistry.Default.Read(HostileFiles.DeeplyNested(20), "ondiep.docx").Succeeded);
    }

    [Fact]
    public void One_enormous_text_node_is_counted_in_chunks_and_refused_without_being_held()
    {
        // 16 million characters would take 32 MB as one string; the ratio is raised so the text limit is what stops it.
        var huge = HostileFiles.HugeTextNode(16_000_000);
        var limits = new DocumentLimits { MaxTextCharacters = 1_000_000, MaxCompressionRatio = 100_000 };

        var (outcome, allocated, _) = Measure(() => ReaderRegistry.Within(limits).Read(huge, "woord.docx"));

        Assert.Equal("word/document.xml holds more than 1000000 characters of text (limit MANDAAT_MAX_TEXT_CHARS=1000000; set it higher to read such a file)", outcome.Error);
        Assert.True(allocated < 16L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void A_plain_text_longer_than_the_limit_is_refused_before_it_is_decoded()
    {
        var text = File.ReadAllBytes(RepoPaths.File("samples", "004_1032a86c60c8a1fe.txt"));

        var outcome = ReaderRegistry.Within(new DocumentLimits { MaxTextCharacters = 1000 }).Read(text, "brief.txt");

        Assert.StartsWith("its text of ", outcome.Error);
        Assert.EndsWith("characters is longer than 1000 (limit MANDAAT_MAX_TEXT_CHARS=1000; set it higher to read such a file)", outcome.Error);
    }

    [Fact]
    public void A_pdf_whose_content_stream_inflates_past_the_limit_is_refused_before_PdfPig_inflates_it()
    {
        var bomb = HostileFiles.FlateBombPdf(megabytes: 8);
        Assert.True(bomb.Length < 64 * 1024, $"the bomb packs to {bomb.Length} bytes");

        var (outcome, allocated, _) = Measure(() => ReaderRegistry.Within(new DocumentLimits { MaxUnpackedMegabytes = 4 }).Read(bomb, "bom.pdf"));

        Assert.Equal("its streams unpack to more than 4 MB (limit MANDAAT_MAX_UNPACKED_MB=4; set it higher to read such a file)", outcome.Error);
        Assert.True(allocated < 2L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void A_pdf_under_the_limit_and_one_whose_large_stream_is_an_image_still_read()
    {
        var limits = new DocumentLimits { MaxUnpackedMegabytes = 4 };

        var small = ReaderRegistry.Within(limits).Read(HostileFiles.FlateBombPdf(megabytes: 1), "brief.pdf");
        var picture = ReaderRegistry.Within(limits).Read(HostileFiles.FlateBombPdf(megabytes: 8, asImage: true), "scan.pdf");

        Assert.True(small.Succeeded, small.Error);
        Assert.Contains("Een brief.", small.Value.Text, StringComparison.Ordinal);
        Assert.True(picture.Succeeded, picture.Error);
        Assert.Contains("Een brief.", picture.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_nested_deeper_than_the_limit_is_refused_before_a_tree_is_built()
    {
        var (outcome, _, _) = Measure(() => ReaderRegistry.Default.Read(HostileFiles.DeeplyNestedHtml(200_000), "diep.html"));
        var shallow = ReaderRegistry.Default.Read(HostileFiles.DeeplyNestedHtml(100), "ondiep.html");

        Assert.Equal("the HTML nests elements more than 256 deep (limit MANDAAT_MAX_XML_DEPTH=256; set it higher to read such a file)", outcome.Error);
        Assert.True(shallow.Succeeded, shallow.Error);
    }

    [Fact]
    public void Unclosed_paragraphs_and_tags_inside_a_script_are_not_taken_for_depth()
    {
        var outcome = ReaderRegistry.Default.Read(HostileFiles.SloppyHtml(paragraphs: 2000), "oud.html");

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Contains("Punt 2000 van de brief", outcome.Value.Text, StringComparison.Ordinal);
    }

    private static (T Result, long Allocated, TimeSpan Elapsed) Measure<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before, clock.Elapsed);
    }
}
