namespace Mandaat.Core.Limits;

/// <summary>
/// How large a file may become once read: a few megabytes on disk can unpack to gigabytes (a zip bomb),
/// nest without end or hold one endless word, and no parliamentary paper comes near these numbers. Every
/// stage that could grow checks its own limit and refuses the file with <see cref="Refusal"/>, which names
/// the setting that raises it, so a person whose real file is refused knows what to change. The names are
/// the environment's (the composition root binds them), kept here because each refusal has to say them.
/// </summary>
public sealed record DocumentLimits
{
    public const string UnpackedMegabytesSetting = "MANDAAT_MAX_UNPACKED_MB";

    public const string CompressionRatioSetting = "MANDAAT_MAX_RATIO";

    public const string EntriesSetting = "MANDAAT_MAX_ENTRIES";

    public const string XmlDepthSetting = "MANDAAT_MAX_XML_DEPTH";

    public const string TextCharactersSetting = "MANDAAT_MAX_TEXT_CHARS";

    public const string WordsSetting = "MANDAAT_MAX_WORDS";

    public const string ParagraphsSetting = "MANDAAT_MAX_PARAGRAPHS";

    public const string FactsSetting = "MANDAAT_MAX_FACTS";

    /// <summary>Below this size an entry's compression ratio says nothing: small parts of repeated markup compress far.</summary>
    public const long RatioCheckedFromBytes = 1024 * 1024;

    public static DocumentLimits Default { get; } = new();

    /// <summary>All parts of a package (DOCX) together, unpacked; a long report with its pictures is a few tens of MB.</summary>
    public int MaxUnpackedMegabytes { get; init; } = 256;

    /// <summary>Unpacked to packed size of one part; Word's XML packs about 10:1, a bomb 1000:1.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Parts in a package; a Word document has tens.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Nesting of XML elements; real documents nest a few tens deep.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Characters of text in one document: about 4,000 printed pages.</summary>
    public int MaxTextCharacters { get; init; } = 10_000_000;

    /// <summary>
    /// Words in one document: what the analyser, the passages and both indexes cost grows with the words, and
    /// text within the character limit can still be millions of one-letter words. A long letter has tens of
    /// thousands; 2 million is a book shelf.
    /// </summary>
    public int MaxWords { get; init; } = 2_000_000;

    /// <summary>Paragraphs in one document.</summary>
    public int MaxParagraphs { get; init; } = 100_000;

    /// <summary>Facts extracted from one document; a long letter has hundreds.</summary>
    public int MaxFacts { get; init; } = 50_000;

    public long MaxUnpackedBytes => MaxUnpackedMegabytes * 1024L * 1024;

    /// <summary>One line: what the file would become, and the setting that raises the limit it passes.</summary>
    public static string Refusal(string what, string setting, long limit) =>
        $"{what} (limit {setting}={limit}; set it higher to read such a file)";
}
