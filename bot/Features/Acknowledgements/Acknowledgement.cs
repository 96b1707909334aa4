using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>The evidence: who confirmed which version of the policy, when, through which message. Never changed.</summary>
public sealed class Acknowledgement : IAppendOnly
{
    public long Id { get; set; }
    public Guid RoundId { get; set; }
    public required string AadObjectId { get; set; }
    public required string Name { get; set; }
    public string? UserPrincipalName { get; set; }
    public DateTimeOffset AcknowledgedAt { get; set; }
    public required string PolicyVersion { get; set; }

    /// <summary>The card message the button was pressed on (the invoke's replyToId).</summary>
    public string? ActivityId { get; set; }

    /// <summary>When this person first opened the full text in this round.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}

internal sealed class AcknowledgementConfiguration : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> builder)
    {
        builder.ToTable("ack_acknowledgements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AadObjectId).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(256);
        builder.Property(a => a.UserPrincipalName).HasMaxLength(256);
        builder.Property(a => a.PolicyVersion).HasMaxLength(64);
        builder.Property(a => a.ActivityId).HasMaxLength(256);
        builder.HasIndex(a => new { a.RoundId, a.AadObjectId }).IsUnique();
        builder.HasOne<AcknowledgementRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
}
