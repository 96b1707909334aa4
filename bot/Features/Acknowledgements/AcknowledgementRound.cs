using CadoxtonPolicyBot.Infrastructure.Persistence;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

public enum RoundStatus
{
    Open,
    Closed,
}

/// <summary>One year's request that staff confirm they have read one version of the policy.</summary>
public sealed class AcknowledgementRound
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>"group:{entra group id}" or "team:{teams team id}": resolved again daily for joiners.</summary>
    public required string Audience { get; set; }

    /// <summary>What the head teacher sees, e.g. "Entra group All staff (54 people)".</summary>
    public required string AudienceDescription { get; set; }

    public string? Message { get; set; }
    public required string PolicyVersion { get; set; }
    public RoundStatus Status { get; set; }
    public bool CheckQuestions { get; set; }
    public required string CreatedByAadObjectId { get; set; }
    public string? CreatedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Where and as whom proactive cards go: taken from the head teacher's launching turn.</summary>
    public required string ServiceUrl { get; set; }

    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
}

public enum RecipientKind
{
    /// <summary>The round's personal card: exactly one per person per round.</summary>
    Card,
    /// <summary>A reminder to someone still outstanding; Sequence numbers the reminder waves.</summary>
    Reminder,
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

/// <summary>A person opened the full policy text from a round's card. Each opening is kept.</summary>
public sealed class PolicyReading : IAppendOnly
{
    public long Id { get; set; }
    public Guid RoundId { get; set; }
    public required string AadObjectId { get; set; }
    public required string PolicyVersion { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>A CSV waiting for the head teacher to accept the file consent card; deleted once uploaded or expired.</summary>
public sealed class PendingExport
{
    public required string Id { get; set; }
    public Guid RoundId { get; set; }
    public required string RequestedByAadObjectId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// "This scheduled thing happened": a reminder wave, a yearly offer, a daily audience check. The key is unique, so
/// however many instances run the schedule, each happens once.
/// </summary>
public sealed class ScheduleMarker
{
    public required string Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
