using System.Globalization;
using System.Security.Cryptography;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Checks the audit trail against itself and against the rows it describes:
/// <list type="bullet">
/// <item>the chain: every entry present, linked to the one before, and its MAC made with the audit key (entries from
/// before the chain was keyed must be vouched for by a keyed "sealed" entry);</item>
/// <item>each evidence file decrypts and still has the SHA-256 recorded, and each record's encrypted fields authenticate;</item>
/// <item>the trail and the rows agree: every concern, evidence file and note has its entry, every audited evidence file
/// and note still has its row (or its concern's "purged" entry), and each concern's status is the one last audited.</item>
/// </list>
/// </summary>
internal sealed class ConcernAuditVerifier(BotDbContext db, FieldCipher cipher)
{
    /// <summary>Verifies the whole chain and the rows of one concern, or of all of them when <paramref name="concernId"/> is null.</summary>
    public async Task<AuditVerification> VerifyAsync(Guid? concernId, CancellationToken cancellationToken)
    {
        var concerns = db.Set<Concern>().AsNoTracking().Include(c => c.Notes).Include(c => c.Evidence).AsSplitQuery();
        if (concernId is { } only)
        {
            concerns = concerns.Where(c => c.Id == only);
        }

        var rows = await concerns.OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        string? scope = concernId is null ? null : rows.FirstOrDefault()?.Reference;

        var ledger = new AuditLedger(scope, concernId is null);
        var (verified, chainBreak) = await WalkChainAsync(ledger, cancellationToken);

        var evidence = new List<EvidenceCheck>();
        var files = db.Set<ConcernEvidence>().AsNoTracking();
        if (concernId is { } id)
        {
            files = files.Where(e => e.ConcernId == id);
        }

        // One file's bytes at a time: a concern at its evidence cap is verified without holding it all.
        await foreach (var file in files.OrderBy(e => e.Number).ThenBy(e => e.AddedAt)
                           .Select(e => new { e.Id, e.Sha256, e.Content!.Ciphertext })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            evidence.Add(CheckEvidence(file.Id, file.Sha256, file.Ciphertext));
        }

        var records = rows.Select(CheckRecord).ToList();
        var disagreements = concernId is not null && scope is null ? [] : ledger.Compare(rows);
        return new AuditVerification(verified, chainBreak, evidence, records, disagreements);
    }

    private async Task<(long Verified, ChainBreak? Break)> WalkChainAsync(AuditLedger ledger, CancellationToken cancellationToken)
    {
        long expected = 1;
        var previous = ConcernAuditTrail.Genesis;
        long legacy = 0;
        var keyed = false;
        ChainBreak? chainBreak = null;
        await foreach (var entry in db.Set<ConcernAuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // Past a break the chain proves nothing more, but what the entries say still checks the rows against them.
            ledger.Record(entry);
            if (chainBreak is not null)
            {
                continue;
            }

            chainBreak = CheckEntry(entry, expected, previous, ref legacy, ref keyed);
            if (chainBreak is null)
            {
                previous = entry.Hash;
                expected++;
            }
        }

        if (chainBreak is null && legacy > 0 && !keyed)
        {
            chainBreak = new ChainBreak(1, string.Create(CultureInfo.InvariantCulture,
                $"Entries 1 to {legacy} were written without the audit key and no keyed entry vouches for them: they may have been rewritten."));
        }

        var written = await ConcernSequences.CurrentAsync(db, ConcernSequences.Audit, cancellationToken);
        if (chainBreak is null && written >= expected)
        {
            chainBreak = new ChainBreak(expected, string.Create(CultureInfo.InvariantCulture, $"Entries {expected} to {written} are missing."));
        }

        return (expected - 1, chainBreak);
    }

    private ChainBreak? CheckEntry(ConcernAuditEntry entry, long expected, string previous, ref long legacy, ref bool keyed)
    {
        var sequence = entry.Sequence;
        if (sequence != expected)
        {
            return new ChainBreak(expected, string.Create(CultureInfo.InvariantCulture, $"Entry {expected} is missing."));
        }

        if (entry.PreviousHash != previous)
        {
            return new ChainBreak(sequence, string.Create(CultureInfo.InvariantCulture, $"Entry {sequence} does not link to entry {sequence - 1}."));
        }

        if (entry.KeyId is null)
        {
            if (keyed)
            {
                return new ChainBreak(sequence, string.Create(CultureInfo.InvariantCulture, $"Entry {sequence} was written without the audit key after the chain was keyed."));
            }

            legacy++;
            return ConcernAuditTrail.ComputeLegacyHash(entry) == entry.Hash
                ? null
                : new ChainBreak(sequence, string.Create(CultureInfo.InvariantCulture, $"Entry {sequence} was edited after it was written."));
        }

        if (cipher.AuditKey(entry.KeyId) is not { } key)
        {
            return new ChainBreak(sequence, string.Create(CultureInfo.InvariantCulture, $"Entry {sequence} is under audit key \"{entry.KeyId}\", which is not configured."));
        }

        if (!CryptographicOperations.FixedTimeEquals(Convert.FromHexString(ConcernAuditTrail.ComputeMac(entry, key)), HexOrEmpty(entry.Hash)))
        {
            return new ChainBreak(sequence, string.Create(CultureInfo.InvariantCulture, $"Entry {sequence} was edited after it was written, or written without the audit key."));
        }

        if (!keyed && legacy > 0 && (entry.Action != AuditActions.Sealed || entry.Details != ConcernAuditTrail.SealDetails(legacy, previous)))
        {
            return new ChainBreak(sequence, string.Create(CultureInfo.InvariantCulture,
                $"Entries 1 to {legacy} were written without the audit key and entry {sequence} does not seal them: they may have been rewritten."));
        }

        keyed = true;
        return null;
    }

    private static byte[] HexOrEmpty(string hex)
    {
        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private RecordCheck CheckRecord(Concern concern)
    {
        var fields = new List<(byte[] Stored, string Binding, string Name)> { (concern.Details, CipherBinding.Details(concern.Id), "details") };
        fields.AddRange(concern.Notes.Select(n => (n.Text, CipherBinding.Note(n.Id), $"note {n.Id:N}")));
        fields.AddRange(concern.Notes.Where(n => n.AuthorName is not null).Select(n => (n.AuthorName!, CipherBinding.NoteAuthor(n.Id), $"author of note {n.Id:N}")));
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

    private EvidenceCheck CheckEvidence(Guid id, string sha256, byte[] ciphertext)
    {
        try
        {
            var bytes = cipher.Decrypt(ciphertext, CipherBinding.Content(id));
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return actual == sha256
                ? new EvidenceCheck(id, sha256, true, null)
                : new EvidenceCheck(id, sha256, false, "The file's SHA-256 no longer matches the one recorded.");
        }
        catch (TamperedDataException ex)
        {
            return new EvidenceCheck(id, sha256, false, $"Tampered: {ex.Message}");
        }
    }
}
