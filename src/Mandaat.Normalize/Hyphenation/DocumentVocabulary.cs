using Mandaat.Normalize.Lines;

namespace Mandaat.Normalize.Hyphenation;

/// <summary>
/// The words of one document as printed within a line: the evidence for deciding whether a hyphen
/// at a line end is part of the word ("force protection-eenheden") or only breaks it ("terugge-drongen").
/// </summary>
internal sealed class DocumentVocabulary
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hyphenPairs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hyphenHeads = new(StringComparer.OrdinalIgnoreCase);

    // Added by span, so a word already known costs no string: a document repeats its words, and copying
    // every occurrence out would be most of what normalising allocates.
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words => _words.GetAlternateLookup<ReadOnlySpan<char>>();

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPairs => _hyphenPairs.GetAlternateLookup<ReadOnlySpan<char>>();

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenHeads => _hyphenHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static DocumentVocabulary Build(IEnumerable<SourceLine> lines)
    {
        var vocabulary = new DocumentVocabulary();
        foreach (var line in lines)
        {
            foreach (var match in HyphenPatterns.Word().EnumerateMatches(line.Content))
            {
                vocabulary.Add(line.Content.AsSpan(match.Index, match.Length));
            }
        }

        return vocabulary;
    }

    /// <summary>Whether the word occurs in the document (case-insensitive), as a whole word or a hyphen-free part.</summary>
    public bool HasWord(string word) => _words.Contains(word);

    /// <summary>Whether "left-right" occurs inside a hyphenated word on one line.</summary>
    public bool HasHyphenPair(string left, string right) => _hyphenPairs.Contains(left + "-" + right);

    /// <summary>Whether the part stands before a hyphen inside some word on one line ("protection-" in "force protection-eenheid").</summary>
    public bool HasHyphenHead(string left) => _hyphenHeads.Contains(left);

    private void Add(ReadOnlySpan<char> word)
    {
        var (words, hyphenPairs, hyphenHeads) = (Words, HyphenPairs, HyphenHeads);
        var previous = -1;
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != '-')
            {
                continue;
            }

            var part = word[start..i];
            words.Add(part);
            if (previous >= 0)
            {
                hyphenPairs.Add(word[previous..i]);
            }

            if (i < word.Length)
            {
                hyphenHeads.Add(part);
            }

            previous = start;
            start = i + 1;
        }

        if (word.Contains('-'))
        {
            words.Add(word);
        }
    }
}
