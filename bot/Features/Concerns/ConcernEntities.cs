namespace CadoxtonPolicyBot.Features.Concerns;

internal static class ConcernStatus
{
    public const string Received = "received";
    public const string Acknowledged = "acknowledged";
    public const string Investigating = "investigating";
    public const string Closed = "closed";

    /// <summary>The workflow: forward only; a concern can be closed from any open state.</summary>
    public static bool CanMove(string from, string to) => (from, to) switch
    {
        (Received, Acknowledged) => true,
        (Received or Acknowledged, Investigating) => true,
        (Received or Acknowledged or Investigating, Closed) => true,
        _ => false,
    };
}

internal static class ConcernOutcome
{
    public const string NoAction = "no_action";
    public const string Informal = "informal";
    public const string Disciplinary = "disciplinary";
    public const string Referred = "referred";

    public static readonly IReadOnlyList<(string Value, string Title)> All =
    [
        (NoAction, "No action"),
        (Informal, "Informal action"),
        (Disciplinary, "Disciplinary"),
        (Referred, "Referred on"),
    ];

    public static bool IsKnown(string? value) => All.Any(o => o.Value == value);

    public static string Title(string? value) => All.FirstOrDefault(o => o.Value == value).Title ?? string.Empty;
}

/// <summary>
/// A reported concern. Everything a person wrote, and who it is about, lives in <see cref="Details"/> (encrypted);
/// the clear columns are what the workflow must query: reference, status, dates, the reporter's Entra id (already
/// in the audit trail as the actor of the "create" entry) and a keyed token of the subject's Entra id.
/// </summary>
internal sealed class Concern
{
    public Guid Id { get; set; }
    public required string Reference { get; set; }
    public required string Status { get; set; }
    public string? Outcome { get; set; }
    public required string ReporterAadObjectId { get; set; }

    /// <summary>HMAC token of the subject's Entra id (<see cref="FieldCipher.LookupToken"/>); null when no member of staff is named.</summary>
    public string? SubjectLookup { get; set; }

    /// <summary>AES-GCM ciphertext of <see cref="ConcernDetails"/> as JSON.</summary>
    public required byte[] Details { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public List<ConcernEvidence> Evidence { get; set; } = [];
    public List<ConcernNote> Notes { get; set; } = [];
}

/// <summary>The content of a concern, encrypted as one document.</summary>
internal sealed record ConcernDetails(
    string ReporterName,
    string ReporterUserPrincipalName,
    string WhatHappened,
    string Platform,
    string? Link,
    string? WhenSeen,
    string ConcernsWhom,
    string? SubjectAadObjectId,
    IReadOnlyList<int> Sections,
    bool ReporterIsSubject);

/// <summary>A handler's private note: never shown to the reporter.</summary>
internal sealed class ConcernNote
{
    public Guid Id { get; set; }
    public Guid ConcernId { get; set; }
    public required string AuthorAadObjectId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required byte[] Text { get; set; }
}

/// <summary>An evidence file: its SHA-256 (of the plaintext) is recorded in clear and in the audit trail; the bytes and name are encrypted.</summary>
internal sealed class ConcernEvidence
{
    public Guid Id { get; set; }
    public Guid ConcernId { get; set; }
    public required byte[] FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>
/// One entry of the append-only audit trail. <see cref="Hash"/> is SHA-256 over the canonical fields and
/// <see cref="PreviousHash"/>, so editing or removing an entry breaks the chain from there on.
/// Details never carry content: ids, statuses, hashes, counts.
/// </summary>
internal sealed class ConcernAuditEntry
{
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string ActorAadObjectId { get; set; }
    public required string Action { get; set; }
    public string? ConcernReference { get; set; }
    public required string Details { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

internal static class AuditActions
{
    public const string Create = "create";
    public const string Evidence = "evidence";
    public const string Routed = "routed";
    public const string View = "view";
    public const string Status = "status";
    public const string Note = "note";
    public const string Export = "export";
    public const string Denied = "denied";
    public const string Rejected = "rejected";
    public const string Purged = "purged";
}

/// <summary>A named counter (the year's reference numbers, the audit sequence), advanced inside the caller's transaction.</summary>
internal sealed class ConcernSequence
{
    public required string Name { get; set; }
    public long LastValue { get; set; }
}

/// <summary>A one-time token carried by one form card: a second submit of the same card records nothing.</summary>
internal sealed class ConcernFormToken
{
    public required string Token { get; set; }
    public required string ReporterAadObjectId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public Guid? ConcernId { get; set; }
}

/// <summary>A reporter who may send evidence files for a concern they just submitted, until <see cref="ExpiresAt"/>.</summary>
internal sealed class ConcernEvidenceSession
{
    public required string ReporterAadObjectId { get; set; }
    public Guid ConcernId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
