namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>The durable record of refusals at the door (the tenant filter, the staff gate) and of audited operations on records.</summary>
public interface ISecurityAudit
{
    Task RecordRefusalAsync(RefusalReason reason, string activityType, string? tenantId, string? aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Records an operation that removed records: what, who ran it and through what (<paramref name="via"/>: "command
    /// line", "scheduled"), how many, and its scope. Never whose records: <paramref name="detail"/> holds dates and counts.
    /// </summary>
    Task RecordOperationAsync(AuditedOperation operation, string actor, string via, int count, string detail, CancellationToken cancellationToken);
}

/// <summary>Operations on records that the security audit keeps (beyond its refusal retention).</summary>
public enum AuditedOperation
{
    /// <summary>Acknowledgement rounds past Acknowledgements:RetentionYears removed by the retention command.</summary>
    AcknowledgementsPurged,

    /// <summary>Conversation references and pending outbox rows of people who left the staff group, removed after the grace period.</summary>
    LeaverRecordsRemoved,
}
