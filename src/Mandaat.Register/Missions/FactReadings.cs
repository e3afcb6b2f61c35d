using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Register.Materialised;
using Mandaat.Register.Text;
using Mandaat.Store;

namespace Mandaat.Register.Missions;

/// <summary>
/// Reads what a fact's sentence says beyond the fact (<see cref="FactReading"/>) from the document's text: the role
/// of an amount (<see cref="MoneyRoles"/>) and the year it is for, and whether an asset is given to a partner
/// ("gedoneerd", "geleverd aan", "geschonken") rather than deployed.
/// </summary>
public static partial class FactReadings
{
    private const string FinanceAspect = "financien";

    public static IReadOnlyList<FactReading> Of(DocumentDetail document) => document.Facts.Select(f => Of(f, document)).ToList();

    public static FactReading Of(Fact fact, DocumentDetail document) => fact switch
    {
        MoneyFact money => Money(money, document),
        AssetFact asset => new FactReading(null, null, Donated(Sentence(asset, document))),
        _ => FactReading.None,
    };

    private static FactReading Money(MoneyFact money, DocumentDetail document)
    {
        var sentence = Sentence(money, document);
        var role = MoneyRoles.Of(sentence, InFinanceSection(money, document));
        var year = DocumentText.FirstYear(sentence)
            ?? (money.Citation is { } cited ? DocumentText.FirstYear(DocumentText.Paragraph(document, cited.Start)) : null);
        return new FactReading(role, year, false);
    }

    private static string Sentence(Fact fact, DocumentDetail document) =>
        fact.Citation is { } c && c.End <= document.Text.Length ? DocumentText.Sentence(document, c.Start, c.End) : fact.Quote;

    /// <summary>True when the sentence gives the equipment away: donated, delivered or handed to a partner, not deployed with the unit.</summary>
    public static bool Donated(string sentence) => DonationWords().IsMatch(sentence);

    private static bool InFinanceSection(Fact fact, DocumentDetail document)
    {
        var sections = document.Sections;
        var index = fact.Citation?.Section;
        while (index is { } i && sections.FirstOrDefault(s => s.Index == i) is { } section)
        {
            if (section.Aspect == FinanceAspect)
            {
                return true;
            }

            index = section.ParentIndex;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:gedoneerd|doneert|doneren|donatie|geschonken|schenkt|schenking|(?:ge)?lever(?:d|t|en|ing)\s+(?:aan|van)\b|overgedragen\s+aan|ter\s+beschikking\s+(?:gesteld|gesteld)\s+aan)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DonationWords();
}
