using System.Text.Json;
using CadoxtonPolicyBot.Infrastructure.Time;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Makes a concern's case bundle for disciplinary proceedings: record.json (the decrypted record, notes, and the
/// evidence manifest), the evidence files named by number and real type (evidence/evidence-01.png), audit.json (the
/// concern's audit entries with their MACs) and verification.json (the chain, evidence and cross-checks).
/// The reporter's own file names appear only in the manifest, escaped; never as a file name.
/// </summary>
internal sealed class CaseBundleBuilder(ConcernStore store, ConcernAuditVerifier verifier, FieldCipher cipher, SchoolClock clock, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<CaseBundle> PrepareAsync(Concern concern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        // A bundle is most needed when something is wrong: a record that fails its integrity check is exported with
        // the problem stated instead of its content, beside the verification report.
        ConcernDetails? details = null;
        string? detailsProblem = null;
        try
        {
            details = store.ReadDetails(concern);
        }
        catch (TamperedDataException ex)
        {
            detailsProblem = ex.Message;
        }

        var exportedAt = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        var entries = await store.AuditEntriesAsync(concern.Reference, cancellationToken);
        var verification = await verifier.VerifyAsync(concern.Id, cancellationToken);
        var files = concern.Evidence.OrderBy(e => e.Number).ThenBy(e => e.AddedAt).ToList();
        var manifest = new List<object>();
        var included = new List<CaseBundle.EvidenceEntry>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var check = verification.Evidence.FirstOrDefault(e => e.EvidenceId == file.Id);
            var path = $"evidence/{EvidenceFileName.InBundle(i + 1, file.ContentType)}";
            string? originalName = null;
            var problem = check is { Intact: false } ? check.Problem : null;
            try
            {
                originalName = EvidenceFileName.Escaped(store.ReadFileName(file));
            }
            catch (TamperedDataException ex)
            {
                problem ??= $"Its name: {ex.Message}";
            }

            if (check is { Intact: true })
            {
                included.Add(new CaseBundle.EvidenceEntry(path, file));
            }

            manifest.Add(new
            {
                number = i + 1,
                file = check is { Intact: true } ? path : null,
                sentAs = originalName,
                contentType = file.ContentType,
                kind = EvidenceFileType.Describe(file.ContentType),
                file.SizeBytes,
                file.Sha256,
                addedAt = file.AddedAt,
                addedAtSchoolTime = clock.Format(file.AddedAt),
                problem,
            });
        }

        var record = new
        {
            concern.Reference,
            concern.Status,
            outcome = concern.Outcome,
            concern.CreatedAt,
            createdAtSchoolTime = clock.Format(concern.CreatedAt),
            concern.UpdatedAt,
            concern.ClosedAt,
            reporter = new { aadObjectId = concern.ReporterAadObjectId, name = details?.ReporterName, userPrincipalName = details?.ReporterUserPrincipalName, isPersonConcerned = details?.ReporterIsSubject },
            details?.WhatHappened,
            details?.Platform,
            details?.Link,
            details?.WhenSeen,
            details?.ConcernsWhom,
            subjectAadObjectId = details?.SubjectAadObjectId,
            policySections = details?.Sections,
            detailsProblem,
            routedTo = concern.Routes.OrderBy(r => r.RoutedAt).Select(r => new { handler = r.HandlerAadObjectId, r.RoutedAt, r.Reason, r.Delivered }),
            evidence = manifest,
            notes = concern.Notes.OrderBy(n => n.CreatedAt).Select(ReadNote),
            exportedAt,
            timeZone = clock.Zone.Id,
        };
        CaseBundle.Part[] parts =
        [
            new("record.json", JsonSerializer.SerializeToUtf8Bytes(record, Json)),
            new("audit.json", JsonSerializer.SerializeToUtf8Bytes(entries, Json)),
            new("verification.json", JsonSerializer.SerializeToUtf8Bytes(new
            {
                intact = verification.IsIntact,
                chain = new { entriesVerified = verification.EntriesVerified, firstBreak = verification.FirstBreak },
                evidence = verification.Evidence,
                records = verification.Records,
                disagreements = verification.Disagreements,
                howToCheck = HowToCheck(cipher.CurrentKeyId),
            }, Json)),
        ];
        return new CaseBundle(store, exportedAt, parts, included);
    }

    private static string HowToCheck(string keyId) =>
        "Each audit entry's hash is an HMAC-SHA256, in hex, over its fields (sequence, unix milliseconds, actor, action, reference, details, previous hash, key id), " +
        "each written as its length, a colon, the value and a newline. The key is derived from the Concerns:EncryptionKey with that key id by HKDF-SHA256 " +
        $"(no salt, info \"{FieldCipher.AuditKeyLabel}\", 32 bytes); the current key id is \"{keyId}\". Entries with no key id were written before the chain " +
        "was keyed: their hash is a plain SHA-256 over the first seven fields, and the \"sealed\" entry after them records how many there are and the last one's hash.";

    private object ReadNote(ConcernNote note)
    {
        try
        {
            return new { author = note.AuthorAadObjectId, authorName = store.ReadNoteAuthor(note), note.CreatedAt, createdAtSchoolTime = clock.Format(note.CreatedAt), text = store.ReadNote(note), problem = (string?)null };
        }
        catch (TamperedDataException ex)
        {
            return new { author = note.AuthorAadObjectId, authorName = (string?)null, note.CreatedAt, createdAtSchoolTime = clock.Format(note.CreatedAt), text = (string?)null, problem = (string?)ex.Message };
        }
    }
}
