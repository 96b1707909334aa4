namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>The durable record of refusals at the door (the tenant filter, the staff gate).</summary>
public interface ISecurityAudit
{
    Task RecordRefusalAsync(RefusalReason reason, string activityType, string? tenantId, string? aadObjectId, CancellationToken cancellationToken);
}
