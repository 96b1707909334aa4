using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Infrastructure.Time;

/// <summary>The school's own time (section "School"): every time a person reads is shown in it.</summary>
public sealed class SchoolTimeOptions
{
    public const string SectionName = "School";

    /// <summary>
    /// The IANA time zone of the school, e.g. "Europe/London" (the default). Read from the operating system's tz
    /// database (/usr/share/zoneinfo on Linux, which the .NET Debian images install as the tzdata package).
    /// </summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>
    /// The school's holidays, each a first and last day (both included). A round's default due date is never in one,
    /// and the head teacher is warned when they choose one. Checked at start-up: each needs a start and an end, in order.
    /// </summary>
    public List<SchoolHoliday> Holidays { get; set; } = [];

    /// <summary>The reasons these holidays are unusable, one per holiday; empty when they are fine.</summary>
    public IReadOnlyList<string> HolidayErrors() =>
    [
        .. Holidays.Select((h, i) => h switch
        {
            { Start: null } or { End: null } => $"School:Holidays:{i} (\"{h.Name}\") needs both a Start and an End date (yyyy-MM-dd).",
            _ when h.End < h.Start => $"School:Holidays:{i} (\"{h.Name}\") ends ({h.End:yyyy-MM-dd}) before it starts ({h.Start:yyyy-MM-dd}).",
            _ when h.End!.Value.DayNumber - h.Start!.Value.DayNumber > 92 => $"School:Holidays:{i} (\"{h.Name}\") is longer than three months: check its dates.",
            _ => null,
        }).OfType<string>(),
    ];
}
