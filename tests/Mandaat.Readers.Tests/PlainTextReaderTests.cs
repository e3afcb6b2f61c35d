using System.Text;

namespace Mandaat.Readers.Tests;

public sealed class PlainTextReaderTests
{
    private const string Dutch = "Inzet in Syrië: de financiën bedragen € 25 miljoen.";

    private static readonly PlainTextReader Reader = new();

    public static TheoryData<string, byte[]> Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        return new TheoryData<string, byte[]>
        {
            { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Dutch) },
            { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Dutch)] },
            { "UTF-16 LE with BOM", [0xFF, 0xFE, .. utf16Le.GetBytes(Dutch)] },
            { "UTF-16 BE with BOM", [0xFE, 0xFF, .. utf16Be.GetBytes(Dutch)] },
            { "UTF-16 LE without BOM (zero bytes at odd positions)", utf16Le.GetBytes(Dutch) },
            { "UTF-16 BE without BOM (zero bytes at even positions)", utf16Be.GetBytes(Dutch) },
            { "Windows-1252 (ë = 0xEB and € = 0x80 are not valid UTF-8)", Encoding.GetEncoding(1252).GetBytes(Dutch) },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_each_encoding_to_the_same_text(string reason, byte[] bytes)
    {
        var outcome = Reader.Read(bytes, "brief.txt");

        Assert.True(outcome.Succeeded, $"{reason}: {outcome.Error}");
        Assert.Equal(Dutch, outcome.Value.Text);
        Assert.Contains("Syrië", outcome.Value.Text);
        Assert.Contains("financiën", outcome.Value.Text);
        Assert.Contains("€", outcome.Value.Text);
    }

    [Fact]
    public void Form_feeds_split_pages_and_spans_cover_each_page()
    {
        var outcome = Reader.Read(Encoding.UTF8.GetBytes("eerste pagina\fpagina twee\fderde\f"), "x.txt");

        var text = outcome.Value;
        Assert.Equal(3, text.Pages.Count);
        Assert.Equal(["eerste pagina", "pagina twee", "derde"], text.Pages.Select(p => p.Span.Slice(text.Text)));
        Assert.Equal([1, 2, 3], text.Pages.Select(p => p.Number));
        Assert.Equal(2, text.PageAt(text.Text.IndexOf("twee", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_form_feed_the_text_is_one_page_and_crlf_becomes_lf()
    {
        var outcome = Reader.Read(Encoding.UTF8.GetBytes("regel een\r\nregel twee\r\n"), "x.txt");

        Assert.Single(outcome.Value.Pages);
        Assert.Equal("regel een\nregel twee\n", outcome.Value.Text);
        Assert.Equal(outcome.Value.Text.Length, outcome.Value.Pages[0].Span.Length);
    }

    [Fact]
    public void Every_real_sample_reads_as_utf8_with_its_dutch_words()
    {
        var samples = RepoPaths.Samples().ToList();
        Assert.Equal(5, samples.Count);
        foreach (var path in samples)
        {
            var outcome = ReaderRegistry.Default.Read(path);

            Assert.True(outcome.Succeeded, $"{path}: {outcome.Error}");
            Assert.Equal("txt", outcome.Value.Format);
            Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), outcome.Value.Text);
            Assert.DoesNotContain('\uFFFD', outcome.Value.Text);
        }
    }

    [Theory]
    [InlineData("000_08e6965081eb5d27.txt", "artikel 100 van", "Syrië")]
    [InlineData("001_326debb848e5d1bd.txt", "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 607", "financiële")]
    [InlineData("002_151bdeb5c6da5471.txt", "Datum  28 oktober 2022", "anti-ISIS-coalitie")]
    [InlineData("004_1032a86c60c8a1fe.txt", "Den Haag, 10 september 2014", "J.A. Hennis-Plasschaert")]
    public void Real_samples_contain_their_printed_words(string file, string first, string second)
    {
        var text = ReaderRegistry.Default.Read(RepoPaths.File("samples", file)).Value.Text;

        Assert.Contains(first, text);
        Assert.Contains(second, text);
    }
}
