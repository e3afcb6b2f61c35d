using System.Security.Cryptography;
using System.Text;
using Mandaat.Corpus;

namespace Mandaat.Bench.Tests;

/// <summary>
/// The composer moved out of the bench into a library the browser tests share (tools/Mandaat.Corpus): the bench's
/// corpus must stay the bytes it was, or figures of runs before and after the move would not compare.
/// </summary>
public sealed class RecordCorpusTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mandaat-corpus-tests-").FullName;

    /// <summary>The held-out papers: a set of 46 gathered once (tests/data/heldout/README.md); the next one goes beside it.</summary>
    private static IReadOnlyList<string> HeldOut => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "data", "heldout"), "*.txt")
        .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_bench_corpus_is_byte_identical_to_the_one_the_bench_composed_before_the_composer_moved()
    {
        var corpus = RecordCorpus.Compose(HeldOut, 50, _root);

        // SHA-256 over names and bytes of the 50 files the bench's own RecordCorpus wrote (commit 8203a74, seed 26,
        // tests/data/heldout's 46 texts); remake it only when those texts change.
        Assert.Equal(46, HeldOut.Count);
        Assert.Equal("894F90DC3C790AD233D0B17A1438E0D1DCF54D3BD6A92C65F479FF1B00D8D046", Digest(corpus));
        Assert.Equal(521_327, corpus.Bytes);
    }

    [Fact]
    public void Fewer_paragraphs_keep_the_papers_and_their_numbers_and_shrink_the_text()
    {
        var full = RecordCorpus.Compose(HeldOut, 30, Path.Combine(_root, "full"));
        var short_ = RecordCorpus.Compose(HeldOut, 30, Path.Combine(_root, "short"), medianParagraphs: 6);

        Assert.Equal(30, short_.Files.Count);
        Assert.True(short_.Bytes * 3 < full.Bytes, $"{short_.Bytes} bytes at 6 paragraphs against {full.Bytes} at 60");
        var numbers = short_.Files.Select(f => System.Text.RegularExpressions.Regex.Match(File.ReadAllText(f), @"[Nn]r\.[ \t]*(\d+)").Groups[1].Value).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Digest(short_), Digest(RecordCorpus.Compose(HeldOut, 30, Path.Combine(_root, "again"), medianParagraphs: 6)));
    }

    private static string Digest(ComposedCorpus corpus)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in corpus.Files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
