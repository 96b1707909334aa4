using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>"Helpful" / "Not helpful" presses, counted per verdict: no question, no person, no time.</summary>
public sealed class AnswerFeedbackCount
{
    public required string Verdict { get; set; }
    public long Helpful { get; set; }
    public long NotHelpful { get; set; }
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
