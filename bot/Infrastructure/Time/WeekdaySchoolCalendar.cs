using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Time;

/// <summary>Monday to Friday, with the school's holidays (School:Holidays) as the days out of term.</summary>
public sealed class WeekdaySchoolCalendar : ISchoolCalendar
{
    private readonly SchoolHoliday[] _holidays;

    /// <summary>Weekdays only, no holidays.</summary>
    public WeekdaySchoolCalendar()
        : this([])
    {
    }

    public WeekdaySchoolCalendar(IOptions<SchoolTimeOptions> options)
        : this(options?.Value.Holidays ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    // Not public: the container would find two one-argument constructors and refuse to choose.
    private WeekdaySchoolCalendar(IEnumerable<SchoolHoliday> holidays) =>
        _holidays = [.. holidays.Where(h => h.Start is not null && h.End is not null).OrderBy(h => h.Start)];

    public static WeekdaySchoolCalendar With(IEnumerable<SchoolHoliday> holidays) => new(holidays);

    public bool IsSchoolDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public SchoolHoliday? HolidayOn(DateOnly day) => _holidays.FirstOrDefault(h => h.Contains(day));
}
