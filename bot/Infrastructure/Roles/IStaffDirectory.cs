namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Who the bot serves: the members of Roles:StaffGroupId, the head teachers and the concern handlers. Checked at the
/// door for every activity, and by features that choose recipients (a round's audience is filtered through it, so a
/// pupil in a team never receives a card).
/// </summary>
public interface IStaffDirectory
{
    /// <summary>True when there is no staff list to check: local mode, or Roles:AllowAllTenantUsers.</summary>
    bool ServesEveryone { get; }

    /// <summary>True for a member of staff (always, when <see cref="ServesEveryone"/>); false for a null id.</summary>
    bool IsStaff(string? aadObjectId);

    /// <summary>The Entra object ids known to be staff (lower case). Empty when <see cref="ServesEveryone"/>: there is no list.</summary>
    IReadOnlyCollection<string> StaffMembers { get; }
}
