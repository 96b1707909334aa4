using System.Globalization;
using CadoxtonPolicyBot.Policy;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Time;

/// <summary>
/// Times as the school reads them: in its own time zone, with the day ("Tuesday 1 December 2026, 10:42"), and
/// counts of school days. Everything is stored in UTC; this is only where a time meets a person.
/// </summary>
public sealed class SchoolClock
{
    private const string DayFormat = "dddd d MMMM yyyy";

    private readonly TimeProvider _time;
    private readonly ISchoolCalendar _calendar;

    public SchoolClock(TimeProvider time, ISchoolCalendar calendar, IOptions<SchoolTimeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _calendar = calendar;
        Zone = FindZone(options.Value.TimeZone) ?? throw new InvalidOperationException($"School:TimeZone \"{options.Value.TimeZone}\" is not a known time zone.");
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The IANA zone, or null when this machine does not know it (no tz database, or a misspelt id).</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    public DateTimeOffset Now => ToSchoolTime(_time.GetUtcNow());

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset ToSchoolTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>"Tuesday 1 December 2026, 10:42" in the school's time zone.</summary>
    public string Format(DateTimeOffset instant) =>
        ToSchoolTime(instant).ToString(DayFormat + ", HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"dydd Mawrth 1 Rhagfyr 2026 am 10:42": <see cref="Format"/> in Welsh.</summary>
    public string FormatWelsh(DateTimeOffset instant)
    {
        var local = ToSchoolTime(instant);
        return $"{WelshCalendar.DayAndDate(DateOnly.FromDateTime(local.DateTime))} am {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"dydd Iau 1 Hydref 2026".</summary>
    public static string FormatDateWelsh(DateOnly date) => WelshCalendar.DayAndDate(date);

    /// <summary>"10:42": the school's time of day of an instant (for something that happened just now).</summary>
    public string Time(DateTimeOffset instant) => ToSchoolTime(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Tuesday 1 December 2026": the school's date of an instant.</summary>
    public string FormatDate(DateTimeOffset instant) => ToSchoolTime(instant).ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly date) => date.ToString(DayFormat, CultureInfo.InvariantCulture);

    public bool IsSchoolDay(DateOnly day) => _calendar.IsSchoolDay(day);

    /// <summary>The holiday a date falls in, if any.</summary>
    public SchoolHoliday? HolidayOn(DateOnly day) => _calendar.HolidayOn(day);

    /// <summary><paramref name="day"/> if it is a weekday in term, else the first one after it.</summary>
    public DateOnly NextTermDay(DateOnly day)
    {
        // A year of holidays and weekends is far more than any calendar holds; the bound only guards a bad setting.
        for (var i = 0; i < 366 && !_calendar.IsTermDay(day); i++)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// Why a date is a poor due date ("Saturday 3 October 2026 is a weekend", "… is in the autumn half term"), or null
    /// for a weekday in term.
    /// </summary>
    public string? NotATermDay(DateOnly day) =>
        _calendar.HolidayOn(day) is { } holiday ? $"{FormatDate(day)} is in the school holiday \"{holiday.Name}\""
        : !_calendar.IsSchoolDay(day) ? $"{FormatDate(day)} is a weekend"
        : null;

    /// <summary>
    /// The same time of day, <paramref name="schoolDays"/> school days later (a Friday 15:00 plus two is Tuesday 15:00;
    /// a Saturday plus one is Monday). The wall-clock time is kept across a clock change.
    /// </summary>
    public DateTimeOffset AddSchoolDays(DateTimeOffset start, int schoolDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(schoolDays);
        var local = ToSchoolTime(start);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var counted = 0; counted < schoolDays;)
        {
            date = date.AddDays(1);
            if (_calendar.IsSchoolDay(date))
            {
                counted++;
            }
        }

        return AtSchoolTime(date, TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The instant a wall-clock time happens at school; a time the spring change skips becomes the hour after.</summary>
    public DateTimeOffset AtSchoolTime(DateOnly date, TimeOnly time)
    {
        var wall = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(wall))
        {
            wall = wall.AddHours(1);
        }

        // An autumn hour that happens twice is read as its first occurrence (the larger offset).
        var offset = Zone.IsAmbiguousTime(wall) ? Zone.GetAmbiguousTimeOffsets(wall).Max() : Zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset).ToUniversalTime();
    }
}
