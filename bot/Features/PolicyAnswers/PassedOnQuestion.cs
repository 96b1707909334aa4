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

/// <summary>"Helpful" / "Not helpful" presses, counted per verdict: no question, no person, no time.</summary>
public sealed class AnswerFeedbackCount
{
    public required string Verdict { get; set; }
    public long Helpful { get; set; }
    public long NotHelpful { get; set; }
}

/// <summary>
/// A question the asker chose to send to the head teacher. The question and the asker's name are stored encrypted
/// (Data Protection) and cleared once the reply has reached the asker; the row stays as a record that it was answered.
/// </summary>
public sealed class PassedOnQuestion
{
    public Guid Id { get; set; }
    public required string AskerAadObjectId { get; set; }

    /// <summary>The asker's Teams user id (29:…), to start a 1:1 chat for the reply if the bot has none stored.</summary>
    public required string AskerTeamsId { get; set; }
    public string? TenantId { get; set; }
    public string? ProtectedQuestion { get; set; }
    public string? ProtectedAskerName { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredByAadObjectId { get; set; }
}

/// <summary>One key of the Data Protection key ring, shared by every instance of the bot through the database.</summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
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

internal sealed class AnswerFeedbackCountConfiguration : IEntityTypeConfiguration<AnswerFeedbackCount>
{
    public void Configure(EntityTypeBuilder<AnswerFeedbackCount> builder)
    {
        builder.ToTable("policy_feedback_counts");
        builder.HasKey(c => c.Verdict);
        builder.Property(c => c.Verdict).HasMaxLength(32);
    }
}

internal sealed class PassedOnQuestionConfiguration : IEntityTypeConfiguration<PassedOnQuestion>
{
    public void Configure(EntityTypeBuilder<PassedOnQuestion> builder)
    {
        builder.ToTable("policy_passed_on_questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.AskerAadObjectId).HasMaxLength(64);
        builder.Property(q => q.AskerTeamsId).HasMaxLength(256);
        builder.Property(q => q.TenantId).HasMaxLength(64);
        builder.Property(q => q.AnsweredByAadObjectId).HasMaxLength(64);
        builder.HasIndex(q => q.AnsweredAt);
    }
}

internal sealed class DataProtectionKeyRecordConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
    }
}
