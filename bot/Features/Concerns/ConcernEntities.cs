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

    /// <summary>
    /// True for concerns routed one handler at a time (this version); false for those from before, which every handler
    /// was told of and any handler may therefore open.
    /// </summary>
    public bool OrderedRouting { get; set; }

    /// <summary>The handler the concern was last routed to (an Entra id from configuration); null before routing.</summary>
    public string? AssignedHandlerAadObjectId { get; set; }

    /// <summary>When a handler first opened it; until then it escalates at <see cref="EscalateAt"/>.</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When it goes to the next eligible handler if nobody has opened it; null when no one is left or it was opened.</summary>
    public DateTimeOffset? EscalateAt { get; set; }

    /// <summary>Evidence metadata only: the bytes are a separate entity (<see cref="ConcernEvidenceContent"/>), read only when needed.</summary>
    public List<ConcernEvidence> Evidence { get; set; } = [];
    public List<ConcernNote> Notes { get; set; } = [];
    public List<ConcernRoute> Routes { get; set; } = [];
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

    /// <summary>The author's display name as Teams gave it when the note was written (encrypted); null on notes written before names were kept.</summary>
    public byte[]? AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required byte[] Text { get; set; }
}

/// <summary>
/// An evidence file's metadata: its SHA-256 (of the plaintext) is recorded in clear and in the audit trail; the name
/// the reporter gave it is encrypted. The bytes are <see cref="ConcernEvidenceContent"/>, in the same table but a
/// separate entity, so listing, opening and moving a concern never reads them.
/// </summary>
internal sealed class ConcernEvidence
{
    public Guid Id { get; set; }
    public Guid ConcernId { get; set; }

    /// <summary>1, 2, 3… in the order received: the file is "evidence-01.png" in the case bundle. 0 on files stored before numbering.</summary>
    public int Number { get; set; }

    /// <summary>The name as the reporter's client sent it (encrypted); only ever shown escaped, never used as a file name.</summary>
    public required byte[] FileName { get; set; }

    /// <summary>Decided from the bytes (<see cref="EvidenceFileType"/>), never from the name or the declared type.</summary>
    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public ConcernEvidenceContent? Content { get; set; }
}

/// <summary>The encrypted bytes of one evidence file (table-split with <see cref="ConcernEvidence"/>).</summary>
internal sealed class ConcernEvidenceContent
{
    public Guid Id { get; set; }

    /// <summary>AES-GCM ciphertext of the file, bound to the evidence id (<see cref="CipherBinding.Content"/>).</summary>
    public required byte[] Ciphertext { get; set; }
}

/// <summary>A handler a concern was routed to, and so may open it: the first eligible one, then each escalation.</summary>
internal sealed class ConcernRoute
{
    public Guid ConcernId { get; set; }
    public required string HandlerAadObjectId { get; set; }
    public DateTimeOffset RoutedAt { get; set; }

    /// <summary>"first", "passed_on" (the one before could not be sent the notice) or "escalated" (not opened in time).</summary>
    public required string Reason { get; set; }

    public bool Delivered { get; set; }
}

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
    public const string Sealed = "sealed";
}

/// <summary>A named counter (the audit sequence; once, the year's reference numbers), advanced inside the caller's transaction.</summary>
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
