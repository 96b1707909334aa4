using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>The append-only, hash-chained audit trail of concerns, and its verification.</summary>
internal sealed class ConcernAuditTrail(BotDbContext db, FieldCipher cipher, TimeProvider time)
{
    public const string System = "system";
    public static readonly string Genesis = new('0', 64);

    /// <summary>Appends one entry inside the caller's transaction (which must be open).</summary>
    public async Task<ConcernAuditEntry> AppendAsync(string actor, string action, string? concernReference, string details, CancellationToken cancellationToken)
    {
        var sequence = await ConcernSequences.NextAsync(db, ConcernSequences.Audit, cancellationToken);
        // The counter row is locked by this transaction, so the previous entry is committed and cannot change under us.
        var previous = sequence == 1
            ? Genesis
            : await db.Set<ConcernAuditEntry>().AsNoTracking().Where(a => a.Sequence == sequence - 1).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken) ?? Genesis;
        var now = time.GetUtcNow();
        // Millisecond precision survives both providers' date types unchanged, so the hash recomputes exactly.
        var at = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        var entry = new ConcernAuditEntry
        {
            Sequence = sequence,
            At = at,
            ActorAadObjectId = actor,
            Action = action,
            ConcernReference = concernReference,
            Details = details,
            PreviousHash = previous,
            Hash = string.Empty,
        };
        entry.Hash = ComputeHash(entry);
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

    /// <summary>SHA-256 over the entry's fields, each length-prefixed so no two different entries share a canonical form.</summary>
    public static string ComputeHash(ConcernAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = new StringBuilder();
        foreach (var field in new[]
                 {
                     entry.Sequence.ToString(CultureInfo.InvariantCulture),
                     entry.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                     entry.ActorAadObjectId,
                     entry.Action,
                     entry.ConcernReference ?? string.Empty,
                     entry.Details,
                     entry.PreviousHash,
                 })
        {
            canonical.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>
    /// Walks the whole chain and reports the first broken link (an edited entry, a removed one, a wrong previous hash),
    /// then decrypts the evidence (of one concern, or all) and checks each file's SHA-256, and authenticates each
    /// record's encrypted details, notes and file names.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(Guid? concernId, CancellationToken cancellationToken)
    {
        long expected = 1;
        var previous = Genesis;
        ChainBreak? chainBreak = null;
        await foreach (var entry in db.Set<ConcernAuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expected)
            {
                chainBreak = new ChainBreak(expected, $"Entry {expected} is missing.");
                break;
            }

            if (entry.PreviousHash != previous)
            {
                chainBreak = new ChainBreak(entry.Sequence, $"Entry {entry.Sequence} does not link to entry {entry.Sequence - 1}.");
                break;
            }

            if (ComputeHash(entry) != entry.Hash)
            {
                chainBreak = new ChainBreak(entry.Sequence, $"Entry {entry.Sequence} was edited after it was written.");
                break;
            }

            previous = entry.Hash;
            expected++;
        }

        var written = await ConcernSequences.CurrentAsync(db, ConcernSequences.Audit, cancellationToken);
        if (chainBreak is null && written >= expected)
        {
            chainBreak = new ChainBreak(expected, $"Entries {expected} to {written} are missing.");
        }

        var evidence = new List<EvidenceCheck>();
        var files = db.Set<ConcernEvidence>().AsNoTracking();
        if (concernId is { } id)
        {
            files = files.Where(e => e.ConcernId == id);
        }

        await foreach (var file in files.OrderBy(e => e.AddedAt).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            evidence.Add(CheckEvidence(file));
        }

        // The record's own encrypted fields: AES-GCM authentication catches any edited or moved byte.
        var records = new List<RecordCheck>();
        var concerns = db.Set<Concern>().AsNoTracking().Include(c => c.Notes).Include(c => c.Evidence).AsSplitQuery();
        if (concernId is { } only)
        {
            concerns = concerns.Where(c => c.Id == only);
        }

        await foreach (var concern in concerns.OrderBy(c => c.CreatedAt).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            records.Add(CheckRecord(concern));
        }

        return new AuditVerification(expected - 1, chainBreak, evidence, records);
    }

    private RecordCheck CheckRecord(Concern concern)
    {
        var fields = new List<(byte[] Stored, string Binding, string Name)> { (concern.Details, CipherBinding.Details(concern.Id), "details") };
        fields.AddRange(concern.Notes.Select(n => (n.Text, CipherBinding.Note(n.Id), $"note {n.Id:N}")));
        fields.AddRange(concern.Evidence.Select(e => (e.FileName, CipherBinding.FileName(e.Id), $"evidence {e.Id:N} name")));
        foreach (var (stored, binding, name) in fields)
        {
            try
            {
                cipher.Decrypt(stored, binding);
            }
            catch (TamperedDataException ex)
            {
                return new RecordCheck(concern.Reference, false, $"The {name} of {concern.Reference}: {ex.Message}");
            }
        }

        return new RecordCheck(concern.Reference, true, null);
    }

    private EvidenceCheck CheckEvidence(ConcernEvidence file)
    {
        try
        {
            var bytes = cipher.Decrypt(file.Content, CipherBinding.Content(file.Id));
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return sha == file.Sha256
                ? new EvidenceCheck(file.Id, file.Sha256, true, null)
                : new EvidenceCheck(file.Id, file.Sha256, false, "The file's SHA-256 no longer matches the one recorded.");
        }
        catch (TamperedDataException ex)
        {
            return new EvidenceCheck(file.Id, file.Sha256, false, $"Tampered: {ex.Message}");
        }
    }
}

internal sealed record ChainBreak(long Sequence, string Problem);

internal sealed record EvidenceCheck(Guid EvidenceId, string Sha256, bool Intact, string? Problem);

internal sealed record RecordCheck(string Reference, bool Intact, string? Problem);

internal sealed record AuditVerification(long EntriesVerified, ChainBreak? FirstBreak, IReadOnlyList<EvidenceCheck> Evidence, IReadOnlyList<RecordCheck> Records)
{
    public bool IsIntact => FirstBreak is null && Evidence.All(e => e.Intact) && Records.All(r => r.Intact);
}

/// <summary>What each ciphertext is bound to (AES-GCM associated data): a value only decrypts in its own row and field.</summary>
internal static class CipherBinding
{
    public static string Details(Guid concernId) => $"concern:{concernId:N}:details";

    public static string Content(Guid evidenceId) => $"evidence:{evidenceId:N}:content";

    public static string FileName(Guid evidenceId) => $"evidence:{evidenceId:N}:name";

    public static string Note(Guid noteId) => $"note:{noteId:N}:text";
}
