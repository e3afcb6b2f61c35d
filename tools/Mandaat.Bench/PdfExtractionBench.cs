using System.Diagnostics;
using Mandaat.Readers;

namespace Mandaat.Bench;

/// <summary>
/// Times Mandaat's PDF reader (PdfDocumentReader, PdfPig) against running <c>pdftotext</c> on the same
/// files: per file one untimed run of each after which <c>rounds</c> timed runs each, summed per side.
/// Both sides read the file from disk, and pdftotext's process start is part of its cost, as it is for
/// anyone who shells out to it.
/// </summary>
public static class PdfExtractionBench
{
    public const string NotInstalled = "pdftotext not installed (apt-get install poppler-utils)";

    public const string NoFixtures = "no PDF fixtures found (tests/data, samples)";

    public static PdfExtractionTimes Run(IReadOnlyList<string> pdfs, string workFolder, int rounds)
    {
        if (pdfs.Count == 0)
        {
            return PdfExtractionTimes.Skipped(0, NoFixtures);
        }

        if (PdfToText.Locate() is not { } pdftotext)
        {
            return PdfExtractionTimes.Skipped(pdfs.Count, NotInstalled);
        }

        var reader = new PdfDocumentReader();
        var output = Path.Combine(workFolder, "pdftotext.txt");
        double pig = 0, poppler = 0;
        foreach (var pdf in pdfs)
        {
            pig += Time(() => ReadWithPdfPig(reader, pdf), rounds);
            poppler += Time(() => pdftotext.Extract(pdf, output), rounds);
        }

        return new PdfExtractionTimes(pdfs.Count, pig, poppler, null);
    }

    private static void ReadWithPdfPig(PdfDocumentReader reader, string pdf)
    {
        var outcome = reader.Read(File.ReadAllBytes(pdf), Path.GetFileName(pdf));
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"PdfPig could not read {pdf}: {outcome.Error}");
        }
    }

    // The first run pays for JIT (PdfPig) and a cold page cache (both); it is not timed.
    private static double Time(Action extract, int rounds)
    {
        extract();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            extract();
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}
