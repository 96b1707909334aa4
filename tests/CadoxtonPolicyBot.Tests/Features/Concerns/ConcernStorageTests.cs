using System.Text;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

public sealed class ConcernStorageTests
{
    private static readonly ConcernSubmission Submission = new(
        "A colleague posted a photo of Year 2 on the school trip to a public Instagram account",
        "Instagram", "https://instagram.example/p/abc", "2026-02-27", "staff", ConcernsHarness.Deputy, [6, 7], false);

    internal static Task<Concern> SubmitAsync(ConcernsHarness harness, ConcernSubmission? submission = null, string reporter = ConcernsHarness.Reporter) =>
        harness.WithAsync(async services =>
        {
            var store = services.GetRequiredService<ConcernStore>();
            var token = await store.IssueFormTokenAsync(reporter, CancellationToken.None);
            var result = await store.SubmitAsync(token, new Reporter(reporter, Inbound.NameOf(reporter)), submission ?? Submission, CancellationToken.None);
            return Assert.IsType<SubmitResult.Recorded>(result).Concern;
        });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_submissions_get_distinct_references_that_reveal_no_order(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);

        var concerns = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => SubmitAsync(harness))));

        var references = concerns.Select(c => c.Reference).ToList();
        Assert.Equal(12, references.Distinct(StringComparer.Ordinal).Count());
        Assert.All(references, r => Assert.Matches("^CON-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", r));
        // Nothing in a reference counts: no year, no number that a gap could be read from.
        Assert.DoesNotContain(references, r => r.Contains("2026", StringComparison.Ordinal) && r.Contains("-000", StringComparison.Ordinal));
        var verification = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.True(verification.IsIntact, verification.FirstBreak?.Problem);
        Assert.Equal(12, verification.EntriesVerified);
    }

    [Fact]
    public void References_are_drawn_from_the_whole_unambiguous_alphabet()
    {
        var seen = new HashSet<char>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 2000; i++)
        {
            var reference = ConcernReferences.Next();
            references.Add(reference);
            seen.UnionWith(reference[4..8] + reference[9..]);
        }

        Assert.Equal(2000, references.Count);
        Assert.Equal(ConcernReferences.Alphabet.Order(), seen.Order());
        Assert.DoesNotContain('0', seen);
        Assert.DoesNotContain('O', seen);
        Assert.DoesNotContain('1', seen);
        Assert.DoesNotContain('I', seen);
    }

    [Fact]
    public async Task A_concern_filed_under_an_old_sequential_reference_is_still_found_and_listed_by_it()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        var concern = await SubmitAsync(harness);
        await using (var db = harness.Database.Open())
        {
            await db.Set<Concern>().Where(c => c.Id == concern.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Reference, "CON-2026-0007"));
        }

        var (found, listed) = await harness.WithAsync(async s =>
        {
            var store = s.GetRequiredService<ConcernStore>();
            return (await store.FindByReferenceAsync("CON-2026-0007", CancellationToken.None), await store.ListForReporterAsync(ConcernsHarness.Reporter, CancellationToken.None));
        });

        Assert.Equal(concern.Id, found?.Id);
        Assert.Equal("CON-2026-0007", Assert.Single(listed).Reference);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recorded_concern_reads_back_decrypted_with_the_reporters_authenticated_identity(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concern = await SubmitAsync(harness);

        var details = await harness.WithAsync(async s =>
        {
            var store = s.GetRequiredService<ConcernStore>();
            var found = await store.FindAsync(concern.Id, CancellationToken.None);
            Assert.NotNull(found);
            Assert.Equal(ConcernStatus.Received, found.Status);
            Assert.Equal(ConcernsHarness.Reporter, found.ReporterAadObjectId);
            Assert.True(store.IsSubject(found, ConcernsHarness.Deputy));
            Assert.False(store.IsSubject(found, ConcernsHarness.HeadTeacher));
            return store.ReadDetails(found);
        });

        Assert.Equal(Submission.WhatHappened, details.WhatHappened);
        Assert.Equal("Rhian Reporter", details.ReporterName);
        Assert.Equal(string.Empty, details.ReporterUserPrincipalName);
        Assert.Equal([6, 7], details.Sections);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Opening_or_listing_a_concern_reads_its_evidence_metadata_never_the_bytes(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concern = await SubmitAsync(harness);
        var big = new byte[2 * 1024 * 1024];
        EvidenceSamples.Png().CopyTo(big, 0);
        await harness.WithAsync(s => s.GetRequiredService<ConcernStore>().AddEvidenceAsync(concern, ConcernsHarness.Reporter, "big.png", EvidenceFileType.Png, big, CancellationToken.None));

        var (found, content) = await harness.WithAsync(async s =>
        {
            var store = s.GetRequiredService<ConcernStore>();
            var loaded = (await store.FindAsync(concern.Id, CancellationToken.None))!;
            return (loaded, await store.ReadContentAsync(loaded.Evidence[0], CancellationToken.None));
        });

        var file = Assert.Single(found.Evidence);
        Assert.Equal((big.Length, 1), (file.SizeBytes, file.Number));
        Assert.Null(file.Content);
        Assert.Equal(big, content);
    }

    [Fact]
    public async Task The_sqlite_file_holds_neither_the_description_nor_the_evidence_bytes()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        var concern = await SubmitAsync(harness);
        var evidence = Encoding.UTF8.GetBytes("PLAIN-EVIDENCE-MARKER: the posted comment was about Year 2 " + new string('x', 300));
        await harness.WithAsync(s => s.GetRequiredService<ConcernStore>().AddEvidenceAsync(concern, ConcernsHarness.Reporter, "comment.txt", EvidenceFileType.Text, evidence, CancellationToken.None));

        var raw = new List<byte>();
        foreach (var file in new[] { harness.Database.SqliteFile!, harness.Database.SqliteFile + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            raw.AddRange(copy.ToArray());
        }

        var bytes = raw.ToArray();
        Assert.True(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(concern.Reference)) >= 0, "the test reads the file the concern was written to");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Year 2 on the school trip")) < 0, "the description is in the file in clear");
        Assert.True(bytes.AsSpan().IndexOf("PLAIN-EVIDENCE-MARKER"u8) < 0, "the evidence is in the file in clear");
        Assert.True(bytes.AsSpan().IndexOf("comment.txt"u8) < 0, "the evidence file name is in the file in clear");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(ConcernsHarness.Deputy)) < 0, "whom the concern is about is in the file in clear");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edited_audit_row_is_reported_as_the_first_broken_link(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concern = await SubmitAsync(harness);
        await harness.WithAsync(s => s.GetRequiredService<ConcernStore>().ChangeStatusAsync(concern.Id, ConcernsHarness.HeadTeacher, ConcernStatus.Acknowledged, null, CancellationToken.None));
        await SubmitAsync(harness);
        var status = (await AuditAsync(harness)).Single(a => a.Action == AuditActions.Status).Sequence;

        await using (var db = harness.Database.Open())
        {
            await db.Set<ConcernAuditEntry>().Where(a => a.Sequence == status).ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, "from=received;to=closed"));
        }

        var verification = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.False(verification.IsIntact);
        Assert.Equal(status, verification.FirstBreak!.Sequence);
        Assert.Contains("edited", verification.FirstBreak.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_removed_audit_row_and_a_rewritten_hash_are_both_detected(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        for (var i = 0; i < 3; i++)
        {
            await SubmitAsync(harness);
        }

        await using (var db = harness.Database.Open())
        {
            // Without the audit key a forger can only compute a plain SHA-256 for the edited row: that is not its MAC.
            var entry = await db.Set<ConcernAuditEntry>().SingleAsync(a => a.Sequence == 1);
            entry.Details = "status=received;sections=0;reporterIsSubject=TRUE";
            entry.Hash = ConcernAuditTrail.ComputeLegacyHash(entry);
            await db.SaveChangesAsync();
        }

        var forged = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.Equal(1, forged.FirstBreak!.Sequence);
        Assert.Contains("edited", forged.FirstBreak.Problem, StringComparison.Ordinal);

        await using (var db = harness.Database.Open())
        {
            await db.Set<ConcernAuditEntry>().Where(a => a.Sequence == 3).ExecuteDeleteAsync();
        }

        var truncated = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(null, CancellationToken.None));
        Assert.Equal(1, truncated.FirstBreak!.Sequence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edited_evidence_byte_is_reported_as_tampered(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concern = await SubmitAsync(harness);
        var evidence = ((AddEvidenceResult.Added)await harness.WithAsync(s => s.GetRequiredService<ConcernStore>().AddEvidenceAsync(
            concern, ConcernsHarness.Reporter, "shot.png", EvidenceFileType.Png, EvidenceSamples.Png(), CancellationToken.None))).Evidence;

        var before = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(concern.Id, CancellationToken.None));
        Assert.True(before.IsIntact);

        await using (var db = harness.Database.Open())
        {
            var row = await db.Set<ConcernEvidenceContent>().SingleAsync(e => e.Id == evidence.Id);
            var content = row.Ciphertext.ToArray();
            content[^1] ^= 0x01;
            row.Ciphertext = content;
            await db.SaveChangesAsync();
        }

        var after = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(concern.Id, CancellationToken.None));
        Assert.False(after.IsIntact);
        Assert.Null(after.FirstBreak);
        var check = Assert.Single(after.Evidence);
        Assert.False(check.Intact);
        Assert.StartsWith("Tampered", check.Problem, StringComparison.Ordinal);
    }

    private static async Task<List<ConcernAuditEntry>> AuditAsync(ConcernsHarness harness)
    {
        await using var db = harness.Database.Open();
        return await db.Set<ConcernAuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
    }

    [Fact]
    public void The_evidence_paragraph_is_quoted_word_for_word_from_the_policy()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CadoxtonPolicyBot.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var policy = File.ReadAllText(Path.Combine(dir.FullName, "bot", "Policy", "Resources", "social-media-policy.txt"));
        var paragraphs = policy.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
        var disciplinary = paragraphs.IndexOf("Disciplinary Action");
        var third = paragraphs.Skip(disciplinary + 1).Where(p => p.Length > 0).ElementAt(2);
        Assert.Equal(PolicyDocument.LoadEmbedded().EvidenceParagraph, third);
    }
}

public sealed class FieldCipherTests
{
    private static FieldCipher Cipher(string key, string keyId = "k1", Dictionary<string, string>? previous = null) =>
        new(Options.Create(new ConcernsOptions { EncryptionKey = key, EncryptionKeyId = keyId, PreviousEncryptionKeys = previous ?? [] }));

    [Fact]
    public void A_value_decrypts_only_where_it_was_bound()
    {
        var cipher = Cipher(ConcernsHarness.Key);
        var stored = cipher.EncryptText("what happened", "concern:1:details");

        Assert.Equal("what happened", cipher.DecryptText(stored, "concern:1:details"));
        Assert.Throws<TamperedDataException>(() => cipher.DecryptText(stored, "concern:2:details"));
    }

    [Fact]
    public void An_edited_ciphertext_fails_authentication()
    {
        var cipher = Cipher(ConcernsHarness.Key);
        var stored = cipher.EncryptText("what happened", "b");
        stored[^3] ^= 0x40;

        Assert.Throws<TamperedDataException>(() => cipher.DecryptText(stored, "b"));
    }

    [Fact]
    public void After_a_key_rotation_old_values_still_read_and_subject_tokens_still_match()
    {
        var oldCipher = Cipher(ConcernsHarness.Key, "k1");
        var stored = oldCipher.EncryptText("old", "b");
        var oldToken = oldCipher.LookupToken(ConcernsHarness.HeadTeacher);
        var newKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var rotated = Cipher(newKey, "k2", new Dictionary<string, string> { ["k1"] = ConcernsHarness.Key });

        Assert.Equal("old", rotated.DecryptText(stored, "b"));
        Assert.Contains(oldToken, rotated.LookupTokens(ConcernsHarness.HeadTeacher));
        Assert.StartsWith("k2:", rotated.LookupToken(ConcernsHarness.HeadTeacher), StringComparison.Ordinal);
        Assert.Throws<TamperedDataException>(() => Cipher(newKey, "k2").DecryptText(stored, "b"));
    }

    [Fact]
    public void A_key_that_is_not_256_bits_fails_validation()
    {
        var options = new ConcernsOptions { EncryptionKey = Convert.ToBase64String(new byte[16]) };
        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();
        Assert.Single(errors);
    }
}

internal static class EvidenceSamples
{
    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8];

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");

    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
}
