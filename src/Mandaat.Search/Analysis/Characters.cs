namespace Mandaat.Search.Analysis;

/// <summary>The joining characters of Dutch compounds, including the typographic forms PDFs and Word produce.</summary>
internal static class Characters
{
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';
}
