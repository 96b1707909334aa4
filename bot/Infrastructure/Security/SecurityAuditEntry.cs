using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>
/// One refusal at the door: who (an Entra object id and tenant id, from the authenticated activity), when, and what
/// kind of activity. Never what they wrote. Or one audited operation on records (<see cref="AuditedOperation"/>): who
/// ran it, when, how, and how many records it touched, never whose. Inserted once, never changed; refusals are deleted
/// by age, operations are kept.
/// </summary>
public sealed class SecurityAuditEntry : IAppendOnly
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>A <see cref="RefusalReason"/> name (ForeignTenant, NotStaff) or an <see cref="AuditedOperation"/> name.</summary>
    public required string Reason { get; set; }

    public required string ActivityType { get; set; }

    /// <summary>The tenant the activity came from (for ForeignTenant, the other organisation's).</summary>
    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary>For an operation: who ran it (as they named themselves, and the account the command ran under).</summary>
    public string? Actor { get; set; }

    /// <summary>For an operation: how many records it removed.</summary>
    public int? Count { get; set; }

    /// <summary>For an operation: its scope in plain words (a cut-off date, counts by kind); never a person.</summary>
    public string? Detail { get; set; }
}

internal sealed class SecurityAuditEntryConfiguration : IEntityTypeConfiguration<SecurityAuditEntry>
{
    public void Configure(EntityTypeBuilder<SecurityAuditEntry> builder)
    {
        builder.ToTable("security_audit");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(32);
        builder.Property(e => e.ActivityType).HasMaxLength(64);
        builder.Property(e => e.TenantId).HasMaxLength(64);
        builder.Property(e => e.AadObjectId).HasMaxLength(64);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.HasIndex(e => e.At);
    }
}
