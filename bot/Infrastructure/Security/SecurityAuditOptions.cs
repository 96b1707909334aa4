using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>Section "SecurityAudit": the table of refusals at the door.</summary>
public sealed class SecurityAuditOptions
{
    public const string SectionName = "SecurityAudit";

    /// <summary>Rows older than this are deleted: they hold Entra ids of pupils and of other organisations' users.</summary>
    [Range(30, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>
    /// The same person refused for the same reason again within this time adds no row (a pupil typing ten messages is
    /// one entry, not ten): the table records who tried and when, and cannot be used to fill the database.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RepeatWindow { get; set; } = TimeSpan.FromMinutes(10);
}
