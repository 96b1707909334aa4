namespace CadoxtonPolicyBot.Infrastructure.Time;

/// <summary>Which days the school is open. Term dates will refine this; for now a school day is a weekday.</summary>
public interface ISchoolCalendar
{
    bool IsSchoolDay(DateOnly day);
}
