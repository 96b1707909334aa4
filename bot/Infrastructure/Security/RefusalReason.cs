namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>Why an authenticated activity was turned away before any feature saw it.</summary>
public enum RefusalReason
{
    /// <summary>It came from a tenant other than the school's (a shared channel, an external chat).</summary>
    ForeignTenant,

    /// <summary>It came from someone in the school's tenant who is not in the staff group (a pupil, on Hwb).</summary>
    NotStaff,
}
