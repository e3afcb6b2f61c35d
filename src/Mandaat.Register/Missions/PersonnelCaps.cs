using Mandaat.Core.Facts;

namespace Mandaat.Register.Missions;

/// <summary>
/// The personnel caps a mission's letters state: a figure qualified "maximaal", "ten hoogste", "hooguit" or "tot"
/// (all read as <see cref="DecisionStates.CapQualifier"/>; a range's upper end), and never the number of one part of
/// the force. A cap beside a larger number of people in its sentence caps a part of them: "30 functionarissen voor
/// de politiecomponent (maximaal 20 KMar functionarissen en tien politieagenten)" caps the police component at
/// twenty, not the MINUSMA contribution of 368.
/// </summary>
public static class PersonnelCaps
{
    /// <summary>Each component that states a cap, with its figure.</summary>
    public static IEnumerable<(MissionComponent Component, int Cap)> Of(IEnumerable<MissionComponent> components)
    {
        var personnel = components.Where(c => c.Kind == ComponentKind.Personnel && c.Fact is PersonnelFact).ToList();
        var largest = personnel
            .GroupBy(c => (c.Document, c.Fact.Quote))
            .ToDictionary(sentence => sentence.Key, sentence => sentence.Max(c => Figure(c)));
        return personnel
            .Where(c => ((PersonnelFact)c.Fact).Qualifier == DecisionStates.CapQualifier && Figure(c) >= largest[(c.Document, c.Fact.Quote)])
            .Select(c => (c, Figure(c)));
    }

    private static int Figure(MissionComponent component) =>
        ((PersonnelFact)component.Fact).MaxCount ?? ((PersonnelFact)component.Fact).Count;
}
