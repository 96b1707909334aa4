using System.Security.Cryptography;
using System.Text.Json;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Tests.Features.Concerns;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// The restore drill of deploy/README.md, run for real: a database with a concern (and a picture as its evidence) and an
/// acknowledgement is copied with deploy/scripts/backup-database.sh (pg_dump), restored with
/// deploy/scripts/restore-database.sh into a second, fresh PostgreSQL server, and read back: the concern only with its
/// key, the acknowledgement as it was. The admin role's name has spaces, as the IT group's does on Azure.
/// </summary>
public sealed class RestoreTests
{
    private const string AdminRole = "Cadoxton IT admins";
    private const string RestoredDatabase = "policybot";
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_dump_restored_into_a_fresh_server_reads_back_a_concern_with_its_key_and_an_acknowledgement()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Postgres);
        var concern = await ConcernStorageTests.SubmitAsync(harness);
        var picture = RandomNumberGenerator.GetBytes(2048);
        picture[0] = 0x89;
        await harness.WithAsync(s => s.GetRequiredService<ConcernStore>().AddEvidenceAsync(
            concern, ConcernsHarness.Reporter, "screenshot.png", EvidenceFileType.Png, picture, CancellationToken.None));
        var roundId = await AddAcknowledgementAsync(harness.Database);
        var source = new NpgsqlConnectionStringBuilder(harness.Database.ConnectionString);
        await EnsureAdminRoleAsync(PostgresServer.Instance.AdminConnectionString);
        using var az = TokenStub();
        using var scratch = new TemporaryDirectory("restore-drill-");
        var dump = Path.Combine(scratch.Path, "policybot.dump");

        var backup = await az.RunAsync(
            "deploy/scripts/backup-database.sh", [source.Host!, source.Database!, AdminRole, dump, "postgres"], Environment(source.Port));
        using var fresh = PostgresServer.StartFresh();
        await EnsureAdminRoleAsync(fresh.AdminConnectionString);
        var freshPort = new NpgsqlConnectionStringBuilder(fresh.AdminConnectionString).Port;
        var restore = await az.RunAsync("deploy/scripts/restore-database.sh", ["127.0.0.1", RestoredDatabase, AdminRole, dump], Environment(freshPort));
        var again = await az.RunAsync("deploy/scripts/restore-database.sh", ["127.0.0.1", RestoredDatabase, AdminRole, dump], Environment(freshPort));

        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        var restored = new NpgsqlConnectionStringBuilder(fresh.AdminConnectionString) { Database = RestoredDatabase }.ConnectionString;
        await using var db = new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql(restored).Options);
        // The bot can start on it: every migration is recorded as applied.
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        var copy = await db.Set<Concern>().Include(c => c.Evidence).SingleAsync(c => c.Reference == concern.Reference);
        var cipher = Cipher(ConcernsHarness.Key);
        var details = JsonSerializer.Deserialize<ConcernDetails>(
            cipher.Decrypt(copy.Details, CipherBinding.Details(copy.Id)), WebJson)!;
        Assert.Equal("A colleague posted a photo of Year 2 on the school trip to a public Instagram account", details.WhatHappened);
        Assert.Equal(ConcernsHarness.Reporter, copy.ReporterAadObjectId);
        var evidence = Assert.Single(copy.Evidence);
        var content = await db.Set<ConcernEvidenceContent>().SingleAsync(e => e.Id == evidence.Id);
        Assert.Equal(picture, cipher.Decrypt(content.Ciphertext, CipherBinding.Content(evidence.Id)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(picture)), evidence.Sha256);
        // Without the escrowed key the copy is unreadable: the key, not the dump, is what brings a concern back.
        Assert.Throws<TamperedDataException>(() => Cipher(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Decrypt(copy.Details, CipherBinding.Details(copy.Id)));

        var acknowledgement = await db.Set<Acknowledgement>().SingleAsync(a => a.RoundId == roundId);
        Assert.Equal(("aaaaaaaa-0000-4000-8000-000000000002", "Alex Teacher", "alex@cadoxton.example"), (acknowledgement.AadObjectId, acknowledgement.Name, acknowledgement.UserPrincipalName));
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 8, 30, 0, TimeSpan.Zero), acknowledgement.AcknowledgedAt);
        Assert.Equal("policy-v1", acknowledgement.PolicyVersion);
        Assert.Equal(1, await db.Set<Acknowledgement>().CountAsync());
    }

    private static FieldCipher Cipher(string key) =>
        new(Options.Create(new ConcernsOptions { EncryptionKey = key, EncryptionKeyId = "k1" }));

    private static async Task<Guid> AddAcknowledgementAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var round = new AcknowledgementRound
        {
            Id = Guid.NewGuid(),
            Name = "Staff social media policy 2026",
            DueDate = new DateOnly(2026, 10, 1),
            Audience = "group:5f1a0000-0000-4000-8000-0000000000aa",
            AudienceDescription = "Entra group All staff (2 people)",
            PolicyVersion = "policy-v1",
            CreatedByAadObjectId = ConcernsHarness.HeadTeacher,
            CreatedAt = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero),
            ServiceUrl = ConcernsHarness.ServiceUrl,
        };
        db.Add(round);
        db.Add(new Acknowledgement
        {
            RoundId = round.Id,
            AadObjectId = "aaaaaaaa-0000-4000-8000-000000000002",
            Name = "Alex Teacher",
            UserPrincipalName = "alex@cadoxton.example",
            AcknowledgedAt = new DateTimeOffset(2026, 9, 14, 8, 30, 0, TimeSpan.Zero),
            PolicyVersion = "policy-v1",
        });
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>The IT group's role: on Azure an Entra group; here a login role with the same awkward name.</summary>
    private static async Task EnsureAdminRoleAsync(string adminConnectionString)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AdminRole}') THEN CREATE ROLE \"{AdminRole}\" LOGIN SUPERUSER; END IF; END $$",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>az answers the token request (the local servers trust any password); psql and pg_dump are real.</summary>
    internal static StubAz TokenStub() =>
        new StubAz().On("account get-access-token", stdout: "an-entra-access-token\n", with: ["--resource-type", "oss-rdbms"]);

    internal static Dictionary<string, string> Environment(int port) => new()
    {
        ["PGPORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PGSSLMODE"] = "disable",
    };
}
