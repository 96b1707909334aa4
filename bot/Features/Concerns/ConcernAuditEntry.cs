using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// One entry of the append-only audit trail. <see cref="Hash"/> is an HMAC-SHA256, under the audit key named by
/// <see cref="KeyId"/> (kept outside the database), over the canonical fields and <see cref="PreviousHash"/>, so
/// editing, removing or recomputing an entry breaks the chain from there on. Entries written before the chain was
/// keyed have no key id and a plain SHA-256; a keyed "sealed" entry vouches for them.
/// Details never carry content: ids, statuses, hashes, counts.
/// </summary>
internal sealed class ConcernAuditEntry
{
    public long Sequence { get; set; }

    /// <summary>The concerns key id whose audit key made <see cref="Hash"/>; null on entries from before the chain was keyed.</summary>
    public string? KeyId { get; set; }

    public DateTimeOffset At { get; set; }
    public required string ActorAadObjectId { get; set; }
    public required string Action { get; set; }
    public string? ConcernReference { get; set; }
    public required string Details { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

internal sealed class ConcernAuditEntryConfiguration : IEntityTypeConfiguration<ConcernAuditEntry>
{
    public void Configure(EntityTypeBuilder<ConcernAuditEntry> builder)
    {
        builder.ToTable("concern_audit");
        builder.HasKey(a => a.Sequence);
        // The sequence comes from the audit counter inside the appending transaction, never from the database.
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.ActorAadObjectId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(16);
        builder.Property(a => a.ConcernReference).HasMaxLength(16);
        builder.Property(a => a.Details).HasMaxLength(1024);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.KeyId).HasMaxLength(32);
        builder.HasIndex(a => a.ConcernReference);
    }
}
