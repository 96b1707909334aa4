using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

public enum RecipientKind
{
    /// <summary>The round's personal card: exactly one per person per round.</summary>
    Card,
    /// <summary>A reminder to someone still outstanding; Sequence numbers the reminder waves.</summary>
    Reminder,
    /// <summary>"The round is closed", to someone who had the card and had not acknowledged: once per person per round.</summary>
    ClosedNotice,
}

public enum DeliveryState
{
    Pending,
    /// <summary>Claimed by a worker for one attempt; the send is in flight.</summary>
    Sending,
    Sent,
    /// <summary>A send began but its outcome was never recorded (the process died): not resent, see DeliveryWorker.</summary>
    Unconfirmed,
    Unreachable,
    /// <summary>No longer needed (round closed, or the person acknowledged before a reminder went).</summary>
    Cancelled,
}

/// <summary>The outbox: one row per message to send, one card row per recipient per round.</summary>
public sealed class RoundRecipient
{
    public long Id { get; set; }
    public Guid RoundId { get; set; }
    public RecipientKind Kind { get; set; }
    public int Sequence { get; set; }
    public required string AadObjectId { get; set; }
    public string? Name { get; set; }
    public string? UserPrincipalName { get; set; }

    /// <summary>The person's 29: id when the roster gave it; lets the bot create the chat without Graph.</summary>
    public string? TeamsUserId { get; set; }

    public DeliveryState State { get; set; }
    public string? UnreachableReason { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public Guid? AttemptId { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ActivityId { get; set; }
    public string? ConversationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class RoundRecipientConfiguration : IEntityTypeConfiguration<RoundRecipient>
{
    public void Configure(EntityTypeBuilder<RoundRecipient> builder)
    {
        builder.ToTable("ack_outbox");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.AadObjectId).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(256);
        builder.Property(r => r.UserPrincipalName).HasMaxLength(256);
        builder.Property(r => r.TeamsUserId).HasMaxLength(256);
        builder.Property(r => r.UnreachableReason).HasMaxLength(500);
        builder.Property(r => r.ActivityId).HasMaxLength(256);
        builder.Property(r => r.ConversationId).HasMaxLength(512);
        builder.HasIndex(r => new { r.RoundId, r.AadObjectId, r.Kind, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.State, r.NextAttemptAt });
        builder.HasOne<AcknowledgementRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
}
