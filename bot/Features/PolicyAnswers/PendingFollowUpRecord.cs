using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>
/// A "depends" answer waiting for its deciding fact, per user and conversation. <see cref="State"/> is the engine's
/// <see cref="PendingFollowUp"/> as JSON: facts and option ids, never the question's words.
/// </summary>
public sealed class PendingFollowUpRecord
{
    public required string UserAadObjectId { get; set; }
    public required string ConversationId { get; set; }
    public required string State { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class PendingFollowUpRecordConfiguration : IEntityTypeConfiguration<PendingFollowUpRecord>
{
    public void Configure(EntityTypeBuilder<PendingFollowUpRecord> builder)
    {
        builder.ToTable("policy_follow_ups");
        builder.HasKey(p => new { p.UserAadObjectId, p.ConversationId });
        builder.Property(p => p.UserAadObjectId).HasMaxLength(64);
        builder.Property(p => p.ConversationId).HasMaxLength(512);
        builder.Property(p => p.State).HasMaxLength(8192);
        builder.HasIndex(p => p.ExpiresAt);
    }
}
