using System.Collections.Immutable;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// The staff: members of the staff group as last read (<see cref="StaffGroupMembers"/>), plus the head teachers and
/// concern handlers, listed or in their role groups, who always count as staff. Settings are read on every call.
/// </summary>
internal sealed class StaffDirectory(
    IOptionsMonitor<RolesOptions> options,
    IOptions<BotIdentityOptions> identity,
    StaffGroupMembers group,
    RoleGroupMembers roleGroups,
    StaffRoles roles) : IStaffDirectory
{
    public bool ServesEveryone =>
        !identity.Value.HasAppId || (string.IsNullOrWhiteSpace(options.CurrentValue.StaffGroupId) && options.CurrentValue.AllowAllTenantUsers);

    public bool IsStaff(string? aadObjectId) =>
        ServesEveryone
        || (!string.IsNullOrWhiteSpace(aadObjectId)
            && (InGroup(aadObjectId) || roles.HoldsARole(aadObjectId)));

    public IReadOnlyCollection<string> StaffMembers
    {
        get
        {
            if (ServesEveryone)
            {
                return [];
            }

            var members = new HashSet<string>(InGroupNow(), StringComparer.OrdinalIgnoreCase);
            members.UnionWith(options.CurrentValue.HeadTeacherIds.Select(id => id.ToLowerInvariant()));
            members.UnionWith(roleGroups.HeadTeachers.Select(id => id.ToLowerInvariant()));
            members.UnionWith(roles.ConcernHandlers.Select(h => h.AadObjectId.ToLowerInvariant()));
            return members;
        }
    }

    // A list read for another group (the setting changed since) is not this group's.
    private ImmutableHashSet<string> InGroupNow() =>
        string.Equals(group.GroupId, options.CurrentValue.StaffGroupId?.Trim(), StringComparison.OrdinalIgnoreCase) ? group.Members : [];

    // The set compares ignoring case.
    private bool InGroup(string aadObjectId) => InGroupNow().Contains(aadObjectId);
}
