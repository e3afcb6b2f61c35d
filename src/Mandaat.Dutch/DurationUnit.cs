namespace Mandaat.Dutch;

public enum DurationUnit
{
    Day,
    Week,
    Month,
    Year,
}
