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
}
