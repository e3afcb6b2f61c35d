namespace Mandaat.Readers;

/// <summary>The wording used in every message that has to tell the user what does work.</summary>
internal static class SupportedFormats
{
    public const string List = ".txt, .pdf, .xml, .html, .docx";
}
