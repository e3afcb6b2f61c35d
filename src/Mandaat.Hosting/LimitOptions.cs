using Mandaat.Core.Limits;
using Microsoft.Extensions.Configuration;

namespace Mandaat.Hosting;

/// <summary>
/// The limits on what one file may become (<see cref="DocumentLimits"/>), by the names people set in the
/// environment; unset, the defaults. Checked at start by <see cref="SettingsValidator"/>, so a limit set to
/// nonsense stops the command before a file is read rather than refusing every file.
/// </summary>
public sealed class LimitOptions
{
    [ConfigurationKeyName(DocumentLimits.UnpackedMegabytesSetting)]
    public int MaxUnpackedMegabytes { get; set; } = DocumentLimits.Default.MaxUnpackedMegabytes;

    [ConfigurationKeyName(DocumentLimits.CompressionRatioSetting)]
    public int MaxCompressionRatio { get; set; } = DocumentLimits.Default.MaxCompressionRatio;

    [ConfigurationKeyName(DocumentLimits.EntriesSetting)]
    public int MaxEntries { get; set; } = DocumentLimits.Default.MaxEntries;

    [ConfigurationKeyName(DocumentLimits.XmlDepthSetting)]
    public int MaxXmlDepth { get; set; } = DocumentLimits.Default.MaxXmlDepth;

    [ConfigurationKeyName(DocumentLimits.TextCharactersSetting)]
    public int MaxTextCharacters { get; set; } = DocumentLimits.Default.MaxTextCharacters;

    [ConfigurationKeyName(DocumentLimits.WordsSetting)]
    public int MaxWords { get; set; } = DocumentLimits.Default.MaxWords;

    [ConfigurationKeyName(DocumentLimits.ParagraphsSetting)]
    public int MaxParagraphs { get; set; } = DocumentLimits.Default.MaxParagraphs;

    [ConfigurationKeyName(DocumentLimits.FactsSetting)]
    public int MaxFacts { get; set; } = DocumentLimits.Default.MaxFacts;

    /// <summary>Each setting with its value and the range it must lie in; the ranges keep a raised limit within what a process can hold.</summary>
    public IEnumerable<(string Setting, int Value, int Least, int Most, int Default)> Ranges =>
    [
        (DocumentLimits.UnpackedMegabytesSetting, MaxUnpackedMegabytes, 1, 4096, DocumentLimits.Default.MaxUnpackedMegabytes),
        (DocumentLimits.CompressionRatioSetting, MaxCompressionRatio, 1, 100_000, DocumentLimits.Default.MaxCompressionRatio),
        (DocumentLimits.EntriesSetting, MaxEntries, 1, 1_000_000, DocumentLimits.Default.MaxEntries),
        // Readers walk XML recursively: far deeper nesting could exhaust a worker's stack.
        (DocumentLimits.XmlDepthSetting, MaxXmlDepth, 1, 2_000, DocumentLimits.Default.MaxXmlDepth),
        (DocumentLimits.TextCharactersSetting, MaxTextCharacters, 1, 500_000_000, DocumentLimits.Default.MaxTextCharacters),
        (DocumentLimits.WordsSetting, MaxWords, 1, 100_000_000, DocumentLimits.Default.MaxWords),
        (DocumentLimits.ParagraphsSetting, MaxParagraphs, 1, 10_000_000, DocumentLimits.Default.MaxParagraphs),
        (DocumentLimits.FactsSetting, MaxFacts, 1, 10_000_000, DocumentLimits.Default.MaxFacts),
    ];

    public DocumentLimits ToLimits() => new()
    {
        MaxUnpackedMegabytes = MaxUnpackedMegabytes,
        MaxCompressionRatio = MaxCompressionRatio,
        MaxEntries = MaxEntries,
        MaxXmlDepth = MaxXmlDepth,
        MaxTextCharacters = MaxTextCharacters,
        MaxWords = MaxWords,
        MaxParagraphs = MaxParagraphs,
        MaxFacts = MaxFacts,
    };
}
