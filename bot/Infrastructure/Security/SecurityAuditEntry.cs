using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>
/// One refusal at the door: who (an Entra object id and tenant id, from the authenticated activity), when, and what
/// kind of activity. Never what they wrote. Inserted once, never changed; deleted only by age.
/// </summary>
public sealed class SecurityAuditEntry : IAppendOnly
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>A <see cref="RefusalReason"/> name: ForeignTenant, NotStaff.</summary>
    public required string Reason { get; set; }

    public required string ActivityType { get; set; }

    /// <summary>The tenant the activity came from (for ForeignTenant, the other organisation's).</summary>
    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }
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
        builder.HasIndex(e => e.At);
    }
}
