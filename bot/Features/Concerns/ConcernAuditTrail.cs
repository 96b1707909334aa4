using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// The append-only audit trail of concerns. Each entry carries an HMAC-SHA256 over its fields and the previous
/// entry's MAC, under the audit key derived from Concerns:EncryptionKey: someone who can write to the database but
/// does not hold the key can neither edit an entry nor rebuild the chain after removing some.
/// </summary>
internal sealed partial class ConcernAuditTrail(BotDbContext db, FieldCipher cipher, TimeProvider time, ILogger<ConcernAuditTrail> logger)
{
    public const string System = "system";
    public static readonly string Genesis = new('0', 64);

    /// <summary>Appends one entry inside the caller's transaction (which must be open).</summary>
    public async Task<ConcernAuditEntry> AppendAsync(string actor, string action, string? concernReference, string details, CancellationToken cancellationToken)
    {
        var sequence = await ConcernSequences.NextAsync(db, ConcernSequences.Audit, cancellationToken);
        return await WriteAsync(sequence, actor, action, concernReference, details, cancellationToken);
    }

    // The counter row is locked by the caller's transaction, so the previous entry is committed and cannot change under us.
    private async Task<ConcernAuditEntry> WriteAsync(long sequence, string actor, string action, string? concernReference, string details, CancellationToken cancellationToken)
    {
        var previous = sequence == 1
            ? Genesis
            : await db.Set<ConcernAuditEntry>().AsNoTracking().Where(a => a.Sequence == sequence - 1).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken) ?? Genesis;
        var now = time.GetUtcNow();
        var entry = new ConcernAuditEntry
        {
            Sequence = sequence,
            // Millisecond precision survives both providers' date types unchanged, so the MAC recomputes exactly.
            At = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()),
            KeyId = cipher.CurrentKeyId,
            ActorAadObjectId = actor,
            Action = action,
            ConcernReference = concernReference,
            Details = details,
            PreviousHash = previous,
            Hash = string.Empty,
        };
        entry.Hash = ComputeMac(entry, cipher.AuditKey(cipher.CurrentKeyId)!);
        db.Set<ConcernAuditEntry>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>Appends one entry in a transaction of its own (views, denials, rejected files).</summary>
    public async Task AppendAloneAsync(string actor, string action, string? concernReference, string details, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AppendAsync(actor, action, concernReference, details, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Once, on the first start after the upgrade to a keyed chain: appends a keyed "sealed" entry that vouches for the
    /// entries the earlier version wrote with a plain SHA-256 (their number and the last one's hash). Does nothing when
    /// the chain is empty or already has a keyed entry; returns how many entries were sealed.
    /// </summary>
    public async Task<long> SealLegacyChainAsync(CancellationToken cancellationToken)
    {
        var entries = db.Set<ConcernAuditEntry>().AsNoTracking();
        if (!await entries.AnyAsync(a => a.KeyId == null, cancellationToken) || await entries.AnyAsync(a => a.KeyId != null, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await ConcernSequences.NextAsync(db, ConcernSequences.Audit, cancellationToken);
        // Another instance starting at the same time may have sealed while we waited for the counter's lock.
        if (await entries.AnyAsync(a => a.KeyId != null, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return 0;
        }

        var head = await entries.Where(a => a.Sequence == sequence - 1).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken) ?? Genesis;
        await WriteAsync(sequence, System, AuditActions.Sealed, null, SealDetails(sequence - 1, head), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSealed(logger, sequence - 1);
        return sequence - 1;
    }

    public static string SealDetails(long legacyEntries, string legacyHead) =>
        string.Create(CultureInfo.InvariantCulture, $"legacyEntries={legacyEntries};legacyHead={legacyHead}");

    /// <summary>HMAC-SHA256 of the canonical form (hex): what a keyed entry's Hash must be.</summary>
    public static string ComputeMac(ConcernAuditEntry entry, byte[] auditKey)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Convert.ToHexStringLower(HMACSHA256.HashData(auditKey, Canonical(entry, withKeyId: true)));
    }

    /// <summary>The plain SHA-256 the version before the keyed chain wrote: only ever accepted under a seal.</summary>
    public static string ComputeLegacyHash(ConcernAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Convert.ToHexStringLower(SHA256.HashData(Canonical(entry, withKeyId: false)));
    }

    // Each field length-prefixed, so no two different entries share a canonical form.
    private static byte[] Canonical(ConcernAuditEntry entry, bool withKeyId)
    {
        var canonical = new StringBuilder();
        string[] fields =
        [
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            entry.ActorAadObjectId,
            entry.Action,
            entry.ConcernReference ?? string.Empty,
            entry.Details,
            entry.PreviousHash,
        ];
        foreach (var field in withKeyId ? [.. fields, entry.KeyId ?? string.Empty] : fields)
        {
            canonical.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Encoding.UTF8.GetBytes(canonical.ToString());
    }

    [LoggerMessage(EventId = 6062, Level = LogLevel.Warning,
        Message = "Concern audit chain: {Entries} entries written before the chain was keyed are now sealed under the audit key. This happens once, after the upgrade; seeing it again means the audit table was rewritten.")]
    private static partial void LogSealed(ILogger logger, long entries);
}
