using System.Globalization;
using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Register.Corpus;
using Mandaat.Register.Text;

namespace Mandaat.Register.Missions;

/// <summary>
/// Turns the facts of a mission's documents into its components over time. A fact belongs to a
/// mission as <see cref="MissionAttribution.CountsFor"/> decides: tagged with it, or untagged in a
/// document mostly about that mission.
/// Money counts only when it is about the mission's own costs (<see cref="MoneyRoles"/>).
/// </summary>
public static class ComponentCollector
{
    private const string FinanceAspect = "financien";

    public static IReadOnlyList<MissionComponent> Collect(string missionId, IEnumerable<RegisterDocument> inTimeOrder, IReadOnlyDictionary<string, LetterRole> roles)
    {
        var components = new List<MissionComponent>();
        foreach (var document in inTimeOrder)
        {
            var role = roles[document.Id];
            var facts = document.Detail.Facts.Where(f => MissionAttribution.CountsFor(f, missionId, document.Missions)).OrderBy(f => f.Citation?.Start ?? 0);
            foreach (var fact in facts)
            {
                if (Component(fact, document, role) is { } component)
                {
                    components.Add(component);
                }
            }
        }

        return components;
    }

    private static MissionComponent? Component(Fact fact, RegisterDocument document, LetterRole role)
    {
        var (kind, label, value) = fact switch
        {
            PersonnelFact p => (ComponentKind.Personnel, ComponentKind.Personnel.Slug, Personnel(p)),
            AssetFact a => (ComponentKind.Asset, a.Asset, a.Count.ToString(CultureInfo.InvariantCulture)),
            PeriodFact p => (ComponentKind.Period, ComponentKind.Period.Slug, Period(p)),
            _ => ((ComponentKind?)null, null, null),
        };
        if (fact is MoneyFact money)
        {
            return Money(money, document, role);
        }

        return kind is null ? null : new MissionComponent(kind, label!, value!, role, document.Id, document.Date, null, fact);
    }

    private static MissionComponent? Money(MoneyFact money, RegisterDocument document, LetterRole role)
    {
        var sentence = money.Citation is { } c ? DocumentText.Sentence(document.Detail, c.Start, c.End) : money.Quote;
        var moneyRole = MoneyRoles.Of(sentence, InFinanceSection(money, document));
        if (moneyRole is null)
        {
            return null;
        }

        var year = DocumentText.FirstYear(sentence)
            ?? (money.Citation is { } cited ? DocumentText.FirstYear(DocumentText.Paragraph(document.Detail, cited.Start)) : null);
        var value = (money.Qualifier is null ? string.Empty : money.Qualifier + " ") + money.Amount.ToString("0.##", CultureInfo.InvariantCulture);
        return new MissionComponent(ComponentKind.Budget, moneyRole, value, role, document.Id, document.Date, year, money);
    }

    private static bool InFinanceSection(Fact fact, RegisterDocument document)
    {
        var sections = document.Detail.Sections;
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

    private static string Personnel(PersonnelFact p) =>
        (p.Qualifier is null ? string.Empty : p.Qualifier + " ")
        + p.Count.ToString(CultureInfo.InvariantCulture)
        + (p.MaxCount is { } max ? "–" + max.ToString(CultureInfo.InvariantCulture) : string.Empty);

    private static string Period(PeriodFact p)
    {
        var parts = new List<string>();
        if (p.Start is not null || p.End is not null)
        {
            parts.Add($"{Iso(p.Start) ?? "…"} – {Iso(p.End) ?? "…"}");
        }

        if (p.Months is { } months)
        {
            parts.Add($"{months} months");
        }

        if (p.Days is { } days)
        {
            parts.Add($"{days} days");
        }

        return string.Join(", ", parts);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
