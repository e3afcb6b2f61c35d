using System.Globalization;
using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Register.Corpus;
using Mandaat.Register.Materialised;

namespace Mandaat.Register.Missions;

/// <summary>
/// Turns the facts of a mission's documents into its components over time. A fact belongs to a
/// mission as <see cref="MissionAttribution.CountsFor"/> decides: tagged with it, or untagged in a
/// document mostly about that mission.
/// Money counts only when it is about the mission's own costs (<see cref="MoneyRoles"/>); an asset given to a
/// partner is a donation, not an asset deployed (<see cref="FactReadings"/>). A count in a member's question is none,
/// and neither is another state's or the whole force's (<see cref="ForeignShare"/>).
/// </summary>
public static class ComponentCollector
{
    public static IReadOnlyList<MissionComponent> Collect(string missionId, IEnumerable<RegisterDocument> inTimeOrder, IReadOnlyDictionary<string, LetterRole> roles)
    {
        var components = new List<MissionComponent>();
        foreach (var document in inTimeOrder)
        {
            var role = roles[document.Id];
            // What each fact's sentence says was read when the document was stored; a document read whole is read here.
            var readings = document.Readings ?? FactReadings.Of(document.Detail);
            var facts = document.Detail.Facts.Select((fact, i) => (Fact: fact, Reading: readings[i]))
                .Where(f => MissionAttribution.CountsFor(f.Fact, missionId, document.Missions)).OrderBy(f => f.Fact.Citation?.Start ?? 0);
            foreach (var (fact, reading) in facts)
            {
                if (Component(fact, reading, document, role) is { } component)
                {
                    components.Add(component);
                }
            }
        }

        return components;
    }

    private static MissionComponent? Component(Fact fact, FactReading reading, RegisterDocument document, LetterRole role)
    {
        // A member's question reports nothing of the mission: "Is het waar dat van de vijftien lanceerplatformen er
        // maar negen foutloos werken?" asks about fifteen launchers; the answer, not the question, says what is deployed.
        // Another state's troops or the whole force's size ("heeft Frankrijk … 1250 troepen") are no part of the
        // Dutch deployment (ForeignShare).
        if (Asked(fact) || reading.Foreign)
        {
            return null;
        }

        var (kind, label, value) = fact switch
        {
            PersonnelFact p => (ComponentKind.Personnel, ComponentKind.Personnel.Slug, Personnel(p)),
            AssetFact a => (reading.Donated ? ComponentKind.Donation : ComponentKind.Asset, a.Asset, a.Count.ToString(CultureInfo.InvariantCulture)),
            PeriodFact p => (ComponentKind.Period, ComponentKind.Period.Slug, Period(p)),
            LegalBasisFact b => (ComponentKind.LegalBasis, ComponentKind.LegalBasis.Slug, b.Quote),
            _ => ((ComponentKind?)null, null, null),
        };
        if (fact is MoneyFact money)
        {
            return Money(money, reading, document, role);
        }

        return kind is null ? null : new MissionComponent(kind, label!, value!, role, document.Id, document.Date, null, fact, reading.Sentence);
    }

    // The quote of a count is its sentence (the extractors cite the whole sentence); a question ends with its mark.
    private static bool Asked(Fact fact) => fact.Quote.TrimEnd().EndsWith('?');

    private static MissionComponent? Money(MoneyFact money, FactReading reading, RegisterDocument document, LetterRole role)
    {
        if (reading.MoneyRole is not { } moneyRole)
        {
            return null;
        }

        var value = (money.Qualifier is null ? string.Empty : money.Qualifier + " ") + money.Amount.ToString("0.##", CultureInfo.InvariantCulture);
        return new MissionComponent(ComponentKind.Budget, moneyRole, value, role, document.Id, document.Date, reading.Year, money, reading.Sentence);
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
