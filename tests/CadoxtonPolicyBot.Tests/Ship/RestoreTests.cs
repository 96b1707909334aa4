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
/// acknowledgement is copied with deploy/scripts/backup-database.sh (pg_dump) by the administrators group, restored with
/// deploy/scripts/restore-database.sh into a second, fresh PostgreSQL server made to look like Azure's (AzurePostgres),
/// handed to the bot's role, and read back and written by the bot as that role: the concern only with its key, the
/// acknowledgement as it was. The administrators group is not a superuser and its name has spaces, as on Azure.
/// </summary>
public sealed class RestoreTests
{
    private const string RestoredDatabase = "policybot";
    private const string PrincipalId = "44444444-4444-4444-8444-444444444444";
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_dump_restored_into_a_fresh_server_belongs_to_the_bot_which_reads_its_concern_with_the_key_and_writes()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Postgres);
        var concern = await ConcernStorageTests.SubmitAsync(harness);
        var picture = RandomNumberGenerator.GetBytes(2048);
        picture[0] = 0x89;
        await harness.WithAsync(s => s.GetRequiredService<ConcernStore>().AddEvidenceAsync(
            concern, ConcernsHarness.Reporter, "screenshot.png", EvidenceFileType.Png, picture, CancellationToken.None));
        var roundId = await AddAcknowledgementAsync(harness.Database);
        var source = new NpgsqlConnectionStringBuilder(harness.Database.ConnectionString);
        await AzurePostgres.PrepareAsync(PostgresServer.Instance.AdminConnectionString);
        using var az = TokenStub();
        using var scratch = new TemporaryDirectory("restore-drill-");
        var dump = Path.Combine(scratch.Path, "policybot.dump");

        // The administrators group reads the bot's tables through pg_read_all_data, which azure_pg_admin holds.
        var backup = await az.RunAsync("deploy/scripts/backup-database.sh", [source.Host!, source.Database!, AzurePostgres.AdminGroup, dump], Environment(source.Port));
        var backupAgain = await az.RunAsync("deploy/scripts/backup-database.sh", [source.Host!, source.Database!, AzurePostgres.AdminGroup, dump], Environment(source.Port));
        using var fresh = PostgresServer.StartFresh();
        await AzurePostgres.PrepareAsync(fresh.AdminConnectionString);
        await AzurePostgres.CreateDatabaseAsync(fresh.AdminConnectionString, RestoredDatabase);
        var freshPort = new NpgsqlConnectionStringBuilder(fresh.AdminConnectionString).Port;
        var identity = "id-cadoxton-bot";
        var access = await az.RunAsync(
            "deploy/scripts/grant-database-access.sh", ["127.0.0.1", RestoredDatabase, identity, PrincipalId, AzurePostgres.AdminGroup], Environment(freshPort));
        string[] restoreArguments = ["127.0.0.1", RestoredDatabase, AzurePostgres.AdminGroup, dump, identity];
        var restore = await az.RunAsync("deploy/scripts/restore-database.sh", restoreArguments, Environment(freshPort));
        var asBot = AzurePostgres.As(fresh.AdminConnectionString, identity, RestoredDatabase);
        await AddAcknowledgementAsBotAsync(asBot, roundId, "aaaaaaaa-0000-4000-8000-000000000003");
        // A second run would replace the records now there: it is refused and changes nothing...
        var again = await az.RunAsync("deploy/scripts/restore-database.sh", restoreArguments, Environment(freshPort));
        var afterRefusal = await AzurePostgres.ScalarAsync<long>(asBot, "SELECT count(*) FROM ack_acknowledgements");
        // ...unless forced, for a scratch copy: then the database is the copy again.
        var forced = await az.RunAsync("deploy/scripts/restore-database.sh", [.. restoreArguments, "--force"], Environment(freshPort));

        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.True(backupAgain.ExitCode == 0, backupAgain.ToString());
        Assert.True(access.ExitCode == 0, access.ToString());
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains($"every restored table now belongs to {identity}", restore.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds", again.Output, StringComparison.Ordinal);
        Assert.Equal(2L, afterRefusal);
        Assert.True(forced.ExitCode == 0, forced.ToString());

        // Everything restored is the bot's again, as on the original server; the administrators group keeps no
        // membership in the bot's role once the transfer is done.
        Assert.Empty(await AzurePostgres.ColumnAsync(asBot, $"SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '{identity}'"));
        Assert.Empty(await AzurePostgres.ColumnAsync(asBot, $"SELECT sequencename::text FROM pg_sequences WHERE schemaname = 'public' AND sequenceowner <> '{identity}'"));
        Assert.False(await AzurePostgres.ScalarAsync<bool>(fresh.AdminConnectionString, $"SELECT pg_has_role('{AzurePostgres.AdminGroup}', '{identity}', 'MEMBER')"));

        // The bot, as its own role, starts on it (every migration applied), reads the concern with its key...
        await using var db = new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql(asBot).Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await db.Database.MigrateAsync();
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

        // ...finds the acknowledgement as it was (the forced restore removed the one added in between)...
        var acknowledgement = await db.Set<Acknowledgement>().SingleAsync(a => a.RoundId == roundId);
        Assert.Equal(("aaaaaaaa-0000-4000-8000-000000000002", "Alex Teacher", "alex@cadoxton.example"), (acknowledgement.AadObjectId, acknowledgement.Name, acknowledgement.UserPrincipalName));
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 8, 30, 0, TimeSpan.Zero), acknowledgement.AcknowledgedAt);
        Assert.Equal("policy-v1", acknowledgement.PolicyVersion);

        // ...records a new one, and could migrate an existing table, which only its owner may alter.
        await AddAcknowledgementAsBotAsync(asBot, roundId, "aaaaaaaa-0000-4000-8000-000000000004");
        Assert.Equal(2, await db.Set<Acknowledgement>().CountAsync(a => a.RoundId == roundId));
        await AzurePostgres.ExecuteAsync(asBot, "ALTER TABLE ack_acknowledgements ADD COLUMN a_later_migration text", "ALTER TABLE ack_acknowledgements DROP COLUMN a_later_migration");
    }

    [Fact]
    public async Task When_the_administrators_may_not_act_as_the_bot_the_restore_still_lets_the_bot_read_and_write_and_says_so()
    {
        var server = PostgresServer.Instance.AdminConnectionString;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var restorer = "Cadoxton restorers " + suffix;
        var identity = "id-cadoxton-bot-" + suffix;
        using var source = TestDatabase.Create(DatabaseProvider.Postgres);
        await (await source.OpenMigratedAsync()).DisposeAsync();
        var roundId = await AddAcknowledgementAsync(source);
        // A role that may create databases but not grant role memberships, and a bot role someone else made.
        await AzurePostgres.ExecuteAsync(server, $"CREATE ROLE \"{restorer}\" LOGIN CREATEDB", $"CREATE ROLE \"{identity}\" LOGIN");
        var port = new NpgsqlConnectionStringBuilder(server).Port;
        var superuser = new NpgsqlConnectionStringBuilder(server).Username!;
        using var az = TokenStub();
        using var scratch = new TemporaryDirectory("restore-grants-");
        var dump = Path.Combine(scratch.Path, "policybot.dump");
        var database = "policybot_" + suffix;

        var backup = await az.RunAsync("deploy/scripts/backup-database.sh", ["127.0.0.1", new NpgsqlConnectionStringBuilder(source.ConnectionString).Database!, superuser, dump], Environment(port));
        var restore = await az.RunAsync("deploy/scripts/restore-database.sh", ["127.0.0.1", database, restorer, dump, identity], Environment(port));

        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains($"NOTE: PostgreSQL would not let {restorer} act as {identity}", restore.Output, StringComparison.Ordinal);
        var asBot = AzurePostgres.As(server, identity, database);
        Assert.Equal(1L, await AzurePostgres.ScalarAsync<long>(asBot, "SELECT count(*) FROM ack_acknowledgements"));
        await AddAcknowledgementAsBotAsync(asBot, roundId, "aaaaaaaa-0000-4000-8000-000000000005");
        Assert.Equal(2L, await AzurePostgres.ScalarAsync<long>(asBot, "SELECT count(*) FROM ack_acknowledgements"));
        Assert.Equal([restorer], (await AzurePostgres.ColumnAsync(asBot, "SELECT DISTINCT tableowner::text FROM pg_tables WHERE schemaname = 'public'")));
    }

    [Fact]
    public async Task A_copy_by_a_role_that_cannot_read_every_table_stops_before_writing_and_names_both_fixes()
    {
        var server = PostgresServer.Instance.AdminConnectionString;
        var reader = "Cadoxton readers " + Guid.NewGuid().ToString("N")[..8];
        using var source = TestDatabase.Create(DatabaseProvider.Postgres);
        await (await source.OpenMigratedAsync()).DisposeAsync();
        await AzurePostgres.ExecuteAsync(server, $"CREATE ROLE \"{reader}\" LOGIN");
        using var az = TokenStub();
        using var scratch = new TemporaryDirectory("backup-refused-");
        var dump = Path.Combine(scratch.Path, "policybot.dump");
        var database = new NpgsqlConnectionStringBuilder(source.ConnectionString).Database!;

        var result = await az.RunAsync("deploy/scripts/backup-database.sh", ["127.0.0.1", database, reader, dump], Environment(new NpgsqlConnectionStringBuilder(server).Port));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{reader} cannot read every table of {database}", result.Output, StringComparison.Ordinal);
        Assert.Contains($"GRANT pg_read_all_data TO \"{reader}\";", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(scratch.Path));
    }

    /// <summary>Records an acknowledgement as the bot's own database role, as the bot would.</summary>
    private static async Task AddAcknowledgementAsBotAsync(string connectionString, Guid roundId, string person)
    {
        await using var db = new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql(connectionString).Options);
        db.Add(new Acknowledgement
        {
            RoundId = roundId,
            AadObjectId = person,
            Name = "Sam Teacher",
            AcknowledgedAt = new DateTimeOffset(2026, 9, 15, 8, 30, 0, TimeSpan.Zero),
            PolicyVersion = "policy-v1",
        });
        await db.SaveChangesAsync();
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

    /// <summary>az answers the token request (the local servers trust any password); psql and pg_dump are real.</summary>
    internal static StubAz TokenStub() =>
        new StubAz().On("account get-access-token", stdout: "an-entra-access-token\n", with: ["--resource-type", "oss-rdbms"]);

    internal static Dictionary<string, string> Environment(int port) => new()
    {
        ["PGPORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PGSSLMODE"] = "disable",
    };
}
