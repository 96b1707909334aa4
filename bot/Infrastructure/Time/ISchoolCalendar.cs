namespace CadoxtonPolicyBot.Infrastructure.Time;

/// <summary>Which days the school is open: weekdays, less the holidays of School:Holidays.</summary>
public interface ISchoolCalendar
{
    /// <summary>
    /// A weekday. What concern escalation counts ("two school days"): a concern waiting unopened in a holiday still
    /// moves on to the next handler, since safeguarding does not stop for the holidays.
    /// </summary>
    bool IsSchoolDay(DateOnly day);

    /// <summary>The holiday <paramref name="day"/> falls in, or null (a weekend is not a holiday).</summary>
    SchoolHoliday? HolidayOn(DateOnly day);

    /// <summary>A weekday in term: the days a date staff must act by can fall on (a round's due date).</summary>
    bool IsTermDay(DateOnly day) => IsSchoolDay(day) && HolidayOn(day) is null;
}
