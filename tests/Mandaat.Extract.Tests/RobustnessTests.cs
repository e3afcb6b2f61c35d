using System.Text;
using Mandaat.Core.Limits;
using Mandaat.Missions;
using Mandaat.Pipeline;

namespace Mandaat.Extract.Tests;

/// <summary>Bad input returns what it can, with no exception and in bounded time.</summary>
public sealed class RobustnessTests
{
    // A generous bound: it catches runaway (quadratic or catastrophic-backtracking) behaviour, not speed.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public void Text_with_no_recognisable_structure_gives_a_document_and_no_exception()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"woord{i * 7919 % 10007}"))
            + " ;;; --- ((( ))) ??? " + new string('-', 3000) + " Kamerstuk nr. en en en , , , 1.000.000.000.000 miljoen miljard ";

        var facts = RunBounded(Encoding.UTF8.GetBytes(text), "noise.txt");

        Assert.Equal("document", facts[0]);
    }

    [Fact]
    public void Text_of_numbers_without_words_is_refused_as_no_document_with_the_reason_and_no_exception()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => (i * 7919 % 10007).ToString())) + " ;;; --- ((( ))) ??? " + new string('-', 3000);

        var outcome = DefaultPipeline.CreateProcessor(MissionCatalog.Load()).Process(Encoding.UTF8.GetBytes(text), "getallen.txt");

        Assert.Equal("not a document: only 0% of its characters are letters; a document is written in words", outcome.Error);
    }

    [Fact]
    public void A_50_MB_single_line_is_processed_in_bounded_time()
    {
        // Mostly neutral prose with a factual sentence now and then, on one line without breaks.
        const string filler = "De situatie in de regio blijft zorgelijk en de coalitie werkt nauw samen met partners. ";
        const string fact = "Nederland levert maximaal 250 militairen en zes F-16’s voor 19,5 miljoen euro tot en met 31 december 2023 (Kamerstuk 27 925, nr. 506). ";
        var builder = new StringBuilder((50 * 1024 * 1024) + 1024);
        for (var i = 0; builder.Length < 50 * 1024 * 1024; i++)
        {
            builder.Append(i % 1000 == 0 ? fact : filler);
        }

        // Far past the default text limit: raised, as a person with such a file would, to time the stages themselves.
        var facts = RunBounded(Encoding.UTF8.GetBytes(builder.ToString()), "one-line.txt", new DocumentLimits { MaxTextCharacters = 60 * 1024 * 1024, MaxWords = 20_000_000 });

        Assert.Contains("money", facts);
    }

    [Fact]
    public void Mixed_encodings_in_one_file_are_read_without_exception()
    {
        var utf8 = Encoding.UTF8.GetBytes("De inzet in Syrië kost 3 miljoen euro. ");
        var latin = Encoding.Latin1.GetBytes("De financiën van de missie: 2 miljoen euro. ");

        var facts = RunBounded([.. utf8, .. latin, .. utf8], "mixed.txt");

        Assert.Equal("document", facts[0]);
    }

    private static List<string> RunBounded(byte[] content, string name, DocumentLimits? limits = null)
    {
        var processor = DefaultPipeline.CreateProcessor(MissionCatalog.Load(), limits);
        var task = Task.Run(() => processor.Process(content, name));
        Assert.True(task.Wait(Bound), $"processing {name} did not finish within {Bound}");
        Assert.True(task.Result.Succeeded, task.Result.Error);
        return task.Result.Value.Facts.Select(f => f.Type.Slug).ToList();
    }
}
