namespace CadoxtonPolicyBot.Infrastructure.Time;

/// <summary>Monday to Friday. Holidays are not known yet (term dates are a later setting), so they count as school days.</summary>
public sealed class WeekdaySchoolCalendar : ISchoolCalendar
{
    public bool IsSchoolDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
