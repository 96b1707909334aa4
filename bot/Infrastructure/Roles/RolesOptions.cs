using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Who may do what, by Entra object id, from configuration only: never from what anyone types in a chat.
/// Checked on every action, so a change takes effect at the next restart and a forwarded card grants nothing.
/// </summary>
public sealed class RolesOptions
{
    public const string SectionName = "Roles";

    /// <summary>Entra object ids of the head teacher(s): launch and manage acknowledgement rounds, answer passed-on questions.</summary>
    public List<string> HeadTeacherIds { get; set; } = [];

    /// <summary>Optionally, an Entra group whose members (nested groups included) are head teachers too.</summary>
    public string? HeadTeacherGroupId { get; set; }

    /// <summary>Concern handlers in routing order (e.g. head teacher, deputy / DSL, chair of governors).</summary>
    public List<ConcernHandler> ConcernHandlers { get; set; } = [];

    /// <summary>Optionally, an Entra group whose members are concern handlers too, routed after the listed ones.</summary>
    public string? ConcernHandlerGroupId { get; set; }

    /// <summary>
    /// The Entra group of the school's staff (object id). Only its members (nested groups included), the head teachers
    /// and the concern handlers are served; anyone else in the tenant, e.g. a pupil on Hwb's shared tenant, gets one
    /// polite line and nothing more. Required once MicrosoftAppId is set, unless <see cref="AllowAllTenantUsers"/>.
    /// </summary>
    public string? StaffGroupId { get; set; }

    /// <summary>
    /// Serve every account of the tenant, without a staff group: only for a tenant that holds nobody but the school's
    /// staff. Never on Hwb or any tenant shared with pupils.
    /// </summary>
    public bool AllowAllTenantUsers { get; set; }

    /// <summary>How often the role and staff groups' members are read again from Microsoft Graph.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan GroupRefreshInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long after someone leaves the staff group their stored conversations and pending cards are removed. Long
    /// enough for a mistaken removal from the group to be put right without losing their chat with the bot.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan LeaverGracePeriod { get; set; } = TimeSpan.FromDays(30);
}

public sealed class ConcernHandler
{
    [Required]
    public string AadObjectId { get; set; } = string.Empty;

    /// <summary>Shown to other handlers and in the audit trail, e.g. "Chair of governors".</summary>
    [Required]
    public string Role { get; set; } = string.Empty;
}
