namespace Mandaat.Segment.Questions;

/// <summary>Reads "20 en 21", "1, 2 en 4", "3 t/m 5" into the numbers they name.</summary>
internal static class NumberList
{
    /// <summary>Ranges longer than this are misreadings, not question ranges.</summary>
    private const int MaxRange = 50;

    public static List<int> Parse(string list)
    {
        var numbers = new List<int>();
        foreach (System.Text.RegularExpressions.Match match in QuestionPatterns.ListNumber().Matches(list))
        {
            var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (match.Groups["connector"].Success && numbers.Count > 0 && number > numbers[^1] && number - numbers[^1] <= MaxRange)
            {
                for (var n = numbers[^1] + 1; n < number; n++)
                {
                    numbers.Add(n);
                }
            }

            numbers.Add(number);
        }

        return numbers;
    }
}
