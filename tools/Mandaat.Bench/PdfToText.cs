using System.Diagnostics;

namespace Mandaat.Bench;

/// <summary>
/// poppler-utils' <c>pdftotext</c>, the baseline PdfPig is measured against: plain <c>pdftotext in.pdf
/// out.txt</c> (reading order, no <c>-layout</c>), which is what PdfDocumentReader produces too.
/// </summary>
public sealed class PdfToText
{
    private readonly string _executable;

    private PdfToText(string executable) => _executable = executable;

    /// <summary>pdftotext from PATH, or null when it is not installed.</summary>
    public static PdfToText? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var name = OperatingSystem.IsWindows() ? "pdftotext.exe" : "pdftotext";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .Where(File.Exists)
            .Select(file => new PdfToText(file))
            .FirstOrDefault();
    }

    /// <summary>Extracts <paramref name="pdf"/> into <paramref name="output"/>; a failure throws rather than times a broken run.</summary>
    public void Extract(string pdf, string output)
    {
        var start = new ProcessStartInfo(_executable)
        {
            ArgumentList = { pdf, output },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_executable}");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext {pdf} exited with {process.ExitCode}: {errors.Trim()}");
        }
    }
}
