using System.Text.RegularExpressions;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>The "Betreft" line of a letterhead, which may wrap; the paragraph reflow has already joined it.</summary>
public static partial class SubjectReader
{
    private const int HeaderWindow = 3000;

    public static (string Subject, TextSpan Span)? Read(string text)
    {
        var match = Betreft().Match(text[..Math.Min(text.Length, HeaderWindow)]);
        if (!match.Success)
        {
            return null;
        }

        var subject = string.Join(' ', match.Groups["subject"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');
        return subject.Length == 0 ? null : (subject, new TextSpan(match.Index, match.Length));
    }

    [GeneratedRegex(@"(?:^|\n)\s*Betreft:?\s+(?<subject>[^\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Betreft();
}
