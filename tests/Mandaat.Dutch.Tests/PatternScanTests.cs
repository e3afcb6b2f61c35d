using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Mandaat.Dutch.Tests;

/// <summary>
/// The intended use: an extractor scans with a [GeneratedRegex] built from <see cref="DutchPatterns"/>
/// and lets a grammar read the match. Checked against the gold quotes of the real samples.
/// </summary>
public sealed partial class PatternScanTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_gold_amount_of_money_is_found_and_read_from_its_quote()
    {
        var misses = new List<string>();
        foreach (var (item, _, sample) in GoldSamples.Items("money"))
        {
            var quote = item.GetProperty("quote").GetString()!;
            var amount = item.GetProperty("amount").GetDecimal();
            var qualifier = item.GetProperty("qualifier").GetString();
            var found = Money().Matches(quote)
                .Select(m => DutchMoney.Parse(m.Groups["money"].Value))
                .Any(r => r.Success && r.Value.Amount == amount && r.Value.Qualifier.ToFormatValue() == qualifier);
            if (!found)
            {
                misses.Add($"{sample}: {quote}");
            }
        }

        Assert.Empty(misses);
    }

    [Fact]
    public void Every_gold_count_with_a_range_or_hedge_is_read_from_its_quote()
    {
        var misses = new List<string>();
        foreach (var (item, _, sample) in GoldSamples.Items("personnel"))
        {
            var quote = item.GetProperty("quote").GetString()!;
            var count = item.GetProperty("count").GetDecimal();
            decimal? max = item.GetProperty("max_count").ValueKind == JsonValueKind.Null ? null : item.GetProperty("max_count").GetDecimal();
            var qualifier = item.GetProperty("qualifier").GetString();
            if (qualifier is null && max is null)
            {
                continue;
            }

            var found = Troops().Matches(quote)
                .Select(m => DutchQuantity.Parse(m.Groups["q"].Value))
                .Any(r => r.Success && r.Value.Value == count && r.Value.Max == max && r.Value.Qualifier.ToFormatValue() == qualifier);
            if (!found)
            {
                misses.Add($"{sample}: {quote}");
            }
        }

        Assert.Empty(misses);
    }

    [Fact]
    public void Gold_periods_stated_by_a_period_phrase_are_read_from_their_quote()
    {
        var hits = 0;
        var misses = new List<string>();
        var all = GoldSamples.Items("period").ToList();
        foreach (var (item, letterDate, sample) in all)
        {
            var quote = item.GetProperty("quote").GetString()!;
            var expected = (Date(item, "start"), Date(item, "end"), Int(item, "months"), Int(item, "days"));
            var found = Period().Matches(quote)
                .Select(m => DutchPeriod.Parse(m.Value, letterDate))
                .Any(r => r.Success && (r.Value.Start, r.Value.End, r.Value.Months, r.Value.Days) == expected);
            if (found)
            {
                hits++;
            }
            else
            {
                misses.Add($"{sample}: {quote}");
            }
        }

        output.WriteLine($"{hits}/{all.Count} read; not stated by a period phrase alone:\n" + string.Join('\n', misses));

        // The misses are periods the text states through context ("Na mei 2023 zal … geen deel meer
        // uitmaken", "tot het moment van vertrek … in mei 2023"): an extractor's job, not a grammar's.
        Assert.True(misses.Count <= 2, string.Join('\n', misses));
    }

    private static DateOnly? Date(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? DateOnly.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static int? Int(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    [GeneratedRegex("(?<money>" + DutchPatterns.Money + "|" + DutchPatterns.Qualifier + @"\s+" + DutchPatterns.Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex("(?<q>" + DutchPatterns.Quantity + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Troops();

    [GeneratedRegex(DutchPatterns.Period, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();
}
