using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Register.Materialised;
using Mandaat.Register.Text;
using Mandaat.Store;

namespace Mandaat.Register.Missions;

/// <summary>
/// Reads what a fact's sentence says beyond the fact (<see cref="FactReading"/>) from the document's text: the role
/// of an amount (<see cref="MoneyRoles"/>) and the year it is for, and whether an asset is given to a partner
/// ("gedoneerd", "geleverd aan", "geschonken") rather than deployed; and, for a fact <see cref="ConflictFinder"/> can
/// hold against another, the whole sentence it stands in.
/// </summary>
public static partial class FactReadings
{
    private const string FinanceAspect = "financien";

    public static IReadOnlyList<FactReading> Of(DocumentDetail document) => document.Facts.Select(f => Of(f, document)).ToList();

    public static FactReading Of(Fact fact, DocumentDetail document)
    {
        var reading = fact switch
        {
            MoneyFact money => Money(money, document),
            AssetFact asset => Asset(asset, document),
            PersonnelFact { Qualifier: DecisionStates.CapQualifier } cap => new FactReading(null, null, false, CitedSentence(cap, document)),
            _ => FactReading.None,
        };
        return Foreign(fact, document) ? reading with { Foreign = true, Sentence = null } : reading;
    }

    // Another state's count or the whole force's is never the mission's, so its sentence is not kept for conflicts.
    private static bool Foreign(Fact fact, DocumentDetail document) =>
        fact.Citation is { } c && c.End <= document.Text.Length
        && ForeignShare.Of(fact, document.Text, DocumentText.SentenceSpan(document, c.Start, c.End), TextSpan.FromBounds(c.Start, c.End));

    private static FactReading Asset(AssetFact asset, DocumentDetail document)
    {
        var donated = Donated(Sentence(asset, document));
        // A donation is no asset deployed, so it is never counted against another letter.
        return new FactReading(null, null, donated, donated ? null : CitedSentence(asset, document));
    }

    private static FactReading Money(MoneyFact money, DocumentDetail document)
    {
        var sentence = Sentence(money, document);
        var role = MoneyRoles.Of(sentence, InFinanceSection(money, document));
        var year = DocumentText.FirstYear(sentence)
            ?? (money.Citation is { } cited ? DocumentText.FirstYear(DocumentText.Paragraph(document, cited.Start)) : null);
        // Only an estimate or a realisation of a known year is held against another (ConflictFinder).
        var compared = year is not null && role is MoneyRoles.Estimate or MoneyRoles.Realisation;
        return new FactReading(role, year, false, compared ? CitedSentence(money, document) : null);
    }

    private static string Sentence(Fact fact, DocumentDetail document) => CitedSentence(fact, document) ?? fact.Quote;

    private static string? CitedSentence(Fact fact, DocumentDetail document) =>
        fact.Citation is { } c && c.End <= document.Text.Length ? DocumentText.Sentence(document, c.Start, c.End) : null;

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
