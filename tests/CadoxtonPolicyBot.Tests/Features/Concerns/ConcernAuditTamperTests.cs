using System.Text.Json;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Tests.Protocol.Authentication;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>
/// Someone with write access to the database, but not the concerns key, edits it directly (as the security review
/// did): every edit must show in the verification a case bundle carries, on SQLite and on PostgreSQL.
/// </summary>
public sealed class ConcernAuditTamperTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static Task<AuditVerification> VerifyAsync(ConcernsHarness harness, Guid? concernId = null) =>
        harness.WithAsync(s => s.GetRequiredService<ConcernAuditVerifier>().VerifyAsync(concernId, CancellationToken.None));

    /// <summary>Three concerns with status changes, evidence and notes: a trail of a few dozen entries.</summary>
    private static async Task<List<Concern>> BusyTrailAsync(ConcernsHarness harness)
    {
        var concerns = new List<Concern>();
        for (var i = 0; i < 3; i++)
        {
            var concern = await ConcernStorageTests.SubmitAsync(harness);
            await harness.WithAsync(async s =>
            {
                var store = s.GetRequiredService<ConcernStore>();
                await store.AddEvidenceAsync(concern, ConcernsHarness.Reporter, "shot.png", EvidenceFileType.Png, EvidenceSamples.Png(), CancellationToken.None);
                await store.AddEvidenceAsync(concern, ConcernsHarness.Reporter, "post.pdf", EvidenceFileType.Pdf, EvidenceSamples.Pdf(), CancellationToken.None);
                await store.ChangeStatusAsync(concern.Id, ConcernsHarness.HeadTeacher, ConcernStatus.Acknowledged, null, CancellationToken.None);
                await store.AddNoteAsync(concern, ConcernsHarness.HeadTeacher, "Helen Head", "Asked the class teacher", CancellationToken.None);
                await store.ChangeStatusAsync(concern.Id, ConcernsHarness.HeadTeacher, ConcernStatus.Investigating, null, CancellationToken.None);
                return 0;
            });
            concerns.Add(concern);
        }

        var verification = await VerifyAsync(harness);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Disagreements) + verification.FirstBreak?.Problem);
        return concerns;
    }

    /// <summary>What a forger without the key can do: rewrite the remaining entries as a plain SHA-256 chain, renumbered, with the counter to match.</summary>
    private static async Task RewriteAsUnkeyedChainAsync(TestDatabase database, Func<ConcernAuditEntry, bool> keep)
    {
        await using var db = database.Open();
        var kept = (await db.Set<ConcernAuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).ToListAsync()).Where(keep).ToList();
        await db.Set<ConcernAuditEntry>().ExecuteDeleteAsync();
        var previous = ConcernAuditTrail.Genesis;
        long sequence = 0;
        foreach (var entry in kept)
        {
            entry.Sequence = ++sequence;
            entry.KeyId = null;
            entry.PreviousHash = previous;
            entry.Hash = ConcernAuditTrail.ComputeLegacyHash(entry);
            previous = entry.Hash;
            db.Set<ConcernAuditEntry>().Add(entry);
        }

        await db.SaveChangesAsync();
        await db.Set<ConcernSequence>().Where(s => s.Name == ConcernSequences.Audit).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastValue, sequence));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_audit_rows_and_recomputing_an_unkeyed_chain_is_reported_as_broken(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concerns = await BusyTrailAsync(harness);
        var hidden = concerns[1].Reference;

        // The review's forgery: remove the second concern's status changes and notes, renumber, recompute every hash.
        await RewriteAsUnkeyedChainAsync(harness.Database, e => e.ConcernReference != hidden || e.Action is AuditActions.Create or AuditActions.Evidence);

        var verification = await VerifyAsync(harness);
        Assert.False(verification.IsIntact);
        Assert.Equal(1, verification.FirstBreak!.Sequence);
        Assert.Contains("without the audit key", verification.FirstBreak.Problem, StringComparison.Ordinal);
        // The rows still tell what the removed entries said.
        Assert.Contains(verification.Disagreements, d => d.StartsWith($"{hidden} is \"investigating\" in the database but \"received\"", StringComparison.Ordinal));
        Assert.Contains(verification.Disagreements, d => d.StartsWith("Note ", StringComparison.Ordinal) && d.Contains(hidden, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_forger_who_keeps_the_key_ids_but_cannot_compute_the_mac_is_reported_at_the_first_entry_touched(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        await BusyTrailAsync(harness);
        await using (var db = harness.Database.Open())
        {
            var entries = await db.Set<ConcernAuditEntry>().OrderBy(a => a.Sequence).ToListAsync();
            var previous = entries[4].PreviousHash;
            foreach (var entry in entries.Skip(4))
            {
                entry.PreviousHash = previous;
                entry.Hash = ConcernAuditTrail.ComputeLegacyHash(entry);
                previous = entry.Hash;
            }

            await db.SaveChangesAsync();
        }

        var verification = await VerifyAsync(harness);

        Assert.Equal(5, verification.FirstBreak!.Sequence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_an_evidence_row_is_reported_as_broken(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concerns = await BusyTrailAsync(harness);
        Guid removed;
        await using (var db = harness.Database.Open())
        {
            var row = await db.Set<ConcernEvidence>().Include(e => e.Content).Where(e => e.ConcernId == concerns[0].Id).OrderBy(e => e.Number).FirstAsync();
            removed = row.Id;
            db.Remove(row.Content!);
            db.Remove(row);
            await db.SaveChangesAsync();
        }

        var all = await VerifyAsync(harness);
        var one = await VerifyAsync(harness, concerns[0].Id);

        foreach (var verification in new[] { all, one })
        {
            Assert.False(verification.IsIntact);
            Assert.Null(verification.FirstBreak);
            Assert.Equal([$"Evidence file {removed:N} of {concerns[0].Reference} is in the audit trail but its row has been deleted."], verification.Disagreements);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_note_deleted_a_status_changed_or_a_concern_removed_directly_is_reported(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concerns = await BusyTrailAsync(harness);
        await using (var db = harness.Database.Open())
        {
            await db.Set<ConcernNote>().Where(n => n.ConcernId == concerns[0].Id).ExecuteDeleteAsync();
            await db.Set<Concern>().Where(c => c.Id == concerns[1].Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConcernStatus.Closed).SetProperty(c => c.Outcome, ConcernOutcome.NoAction));
            await db.Set<Concern>().Where(c => c.Id == concerns[2].Id).ExecuteDeleteAsync();
        }

        var verification = await VerifyAsync(harness);

        Assert.Null(verification.FirstBreak);
        Assert.Contains(verification.Disagreements, d => d.StartsWith("Note ", StringComparison.Ordinal) && d.EndsWith($"of {concerns[0].Reference} is in the audit trail but its row has been deleted.", StringComparison.Ordinal));
        Assert.Contains($"{concerns[1].Reference} is \"closed\" in the database but \"investigating\" in the audit trail: its status was changed directly.", verification.Disagreements);
        Assert.Contains($"{concerns[2].Reference} is in the audit trail but its record has gone from the database without a purge.", verification.Disagreements);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evidence_copied_in_from_another_concern_is_reported(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        var concerns = await BusyTrailAsync(harness);
        await using (var db = harness.Database.Open())
        {
            // The copy is moved to another concern: its ciphertext stays bound to its id, so only the trail can tell.
            var file = await db.Set<ConcernEvidence>().AsNoTracking().Include(e => e.Content).FirstAsync(e => e.ConcernId == concerns[0].Id);
            await db.Set<ConcernEvidence>().Where(e => e.Id == file.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ConcernId, concerns[1].Id));
        }

        var verification = await VerifyAsync(harness);

        Assert.Contains(verification.Disagreements, d => d.Contains($"of {concerns[1].Reference} does not match any \"evidence\" entry", StringComparison.Ordinal));
        Assert.Contains(verification.Disagreements, d => d.EndsWith($"of {concerns[0].Reference} is in the audit trail but its row now belongs to {concerns[1].Reference}.", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_from_the_version_before_the_keyed_chain_still_verifies_once_the_upgrade_has_sealed_it(string provider)
    {
        // The earlier version's schema (up to its last migration), with a concern and its plain SHA-256 trail as it wrote them.
        var database = TestDatabase.Create(provider);
        var key = ConcernsHarness.Key;
        var cipher = new FieldCipher(Options.Create(new ConcernsOptions { EncryptionKey = key }));
        var id = Guid.NewGuid();
        var created = new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);
        await using (var db = database.Open())
        {
            await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync("20261124224808_Acknowledgements");
            var details = new ConcernDetails("Rhian Reporter", string.Empty, "An old concern", "Facebook", null, null, "school", null, [], false);
            var ciphertext = cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(details, WebJson), CipherBinding.Details(id));
            var ticks = provider == DatabaseProvider.Sqlite ? (object)created.UtcTicks : created;
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO concerns (\"Id\", \"Reference\", \"Status\", \"Outcome\", \"ReporterAadObjectId\", \"SubjectLookup\", \"Details\", \"CreatedAt\", \"UpdatedAt\", \"ClosedAt\") VALUES ({0}, 'CON-2026-0001', 'received', NULL, {1}, NULL, {2}, {3}, {3}, NULL)",
                provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id, ConcernsHarness.Reporter, ciphertext, ticks);
            var entries = new List<ConcernAuditEntry>();
            var previous = ConcernAuditTrail.Genesis;
            foreach (var (action, reference, detail) in new[]
                     {
                         (AuditActions.Create, "CON-2026-0001", "status=received;sections=0;reporterIsSubject=FALSE"),
                         (AuditActions.Routed, "CON-2026-0001", $"handler={ConcernsHarness.HeadTeacher};delivered=yes"),
                         (AuditActions.Routed, "CON-2026-0001", $"handler={ConcernsHarness.Deputy};delivered=yes"),
                     })
            {
                var entry = new ConcernAuditEntry
                {
                    Sequence = entries.Count + 1, At = created, ActorAadObjectId = "system", Action = action, ConcernReference = reference, Details = detail,
                    PreviousHash = previous, Hash = string.Empty,
                };
                entry.Hash = ConcernAuditTrail.ComputeLegacyHash(entry);
                previous = entry.Hash;
                entries.Add(entry);
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO concern_audit (\"Sequence\", \"At\", \"ActorAadObjectId\", \"Action\", \"ConcernReference\", \"Details\", \"PreviousHash\", \"Hash\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})",
                    entry.Sequence, ticks, entry.ActorAadObjectId, entry.Action, entry.ConcernReference!, entry.Details, entry.PreviousHash, entry.Hash);
            }

            await db.Database.ExecuteSqlRawAsync("INSERT INTO concern_sequences (name, counter_value) VALUES ('audit', 3), ('CON-2026', 1)");
        }

        // The upgrade: migrations, then the sealer at start-up.
        await using var harness = await ConcernsHarness.CreateAsync(provider, new Dictionary<string, string?> { ["Concerns:EncryptionKey"] = key }, database);
        Assert.False((await VerifyAsync(harness)).IsIntact);
        var sealedEntries = await harness.WithAsync(s => s.GetRequiredService<ConcernAuditTrail>().SealLegacyChainAsync(CancellationToken.None));
        Assert.Equal(3, sealedEntries);
        Assert.Equal(0, await harness.WithAsync(s => s.GetRequiredService<ConcernAuditTrail>().SealLegacyChainAsync(CancellationToken.None)));

        var verification = await VerifyAsync(harness);
        Assert.True(verification.IsIntact, verification.FirstBreak?.Problem + string.Join("; ", verification.Disagreements));
        Assert.Equal(4, verification.EntriesVerified);

        // It goes on as a keyed chain, and the old concern is still there to open under its old reference.
        await ConcernStorageTests.SubmitAsync(harness);
        Assert.True((await VerifyAsync(harness)).IsIntact);
        var opened = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Deputy, ConcernVerbs.Open, new System.Text.Json.Nodes.JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        Assert.Contains("An old concern", opened.InvokeCard()!.ToJsonString(), StringComparison.Ordinal);

        // Once sealed, rewriting the chain without the key is caught again.
        await RewriteAsUnkeyedChainAsync(harness.Database, e => e.Action != AuditActions.Sealed);
        Assert.False((await VerifyAsync(harness)).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_head_of_the_chain_is_logged_and_a_rollback_is_called_out(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        await BusyTrailAsync(harness);
        using var log = new RecordingLoggerProvider();
        var logger = new AuditHeadLogger(harness.Services.GetRequiredService<IServiceScopeFactory>(), harness.Time,
            harness.Services.GetRequiredService<IOptions<ConcernsOptions>>(), log.CreateLogger(nameof(AuditHeadLogger)).AsTyped<AuditHeadLogger>(), harness.Services.GetRequiredService<CadoxtonPolicyBot.Infrastructure.Coordination.ILeases>());

        var head = await logger.LogHeadAsync(CancellationToken.None);
        Assert.Equal(3, head.Concerns);
        var line = Assert.Single(log.Lines);
        Assert.Equal($"Concern audit head: 3 concerns, sequence {head.Sequence}, MAC {head.Mac}", line);
        Assert.DoesNotContain("Asked the class teacher", line, StringComparison.Ordinal);

        // The database is put back to an earlier copy: the last few entries are gone.
        await using (var db = harness.Database.Open())
        {
            await db.Set<ConcernAuditEntry>().Where(a => a.Sequence > head.Sequence - 3).ExecuteDeleteAsync();
        }

        await logger.LogHeadAsync(CancellationToken.None);
        Assert.Contains(log.Lines, l => l.StartsWith($"Concern audit chain went backwards: sequence {head.Sequence} had MAC {head.Mac}", StringComparison.Ordinal));
    }
}

internal static class LoggerExtensions
{
    public static ILogger<T> AsTyped<T>(this ILogger logger) => new TypedLogger<T>(logger);

    private sealed class TypedLogger<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
