using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

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
