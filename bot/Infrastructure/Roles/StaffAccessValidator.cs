using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// A deployed bot (MicrosoftAppId set) must say whom it serves: a staff group, or explicitly everyone in the tenant.
/// Without this check a school on Hwb, whose tenant holds its pupils and other schools, would serve them all.
/// </summary>
internal sealed class StaffAccessValidator(IOptions<BotIdentityOptions> identity) : IValidateOptions<RolesOptions>
{
    public ValidateOptionsResult Validate(string? name, RolesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hasGroup = !string.IsNullOrWhiteSpace(options.StaffGroupId);
        if (hasGroup && !Guid.TryParse(options.StaffGroupId, out _))
        {
            return ValidateOptionsResult.Fail("Roles:StaffGroupId must be the object id (a GUID) of the staff group in Entra ID.");
        }

        if (hasGroup && options.AllowAllTenantUsers)
        {
            return ValidateOptionsResult.Fail("Roles:StaffGroupId and Roles:AllowAllTenantUsers=true are both set: keep the staff group and remove Roles:AllowAllTenantUsers.");
        }

        if (identity.Value.HasAppId && !hasGroup && !options.AllowAllTenantUsers)
        {
            return ValidateOptionsResult.Fail(
                "Roles:StaffGroupId is empty: set it to the object id of the school's staff group in Entra ID (only its members, the head "
                + "teachers and the concern handlers are served), or set Roles:AllowAllTenantUsers=true if every account in this tenant is "
                + "the school's staff (never on Hwb, where pupils and other schools share the tenant).");
        }

        return ValidateOptionsResult.Success;
    }
}
