using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>
/// "Acknowledgement records kept for the school's schedule then removable by an audited command" (issue 11): inside
/// Acknowledgements:RetentionYears nothing can remove them; after it, only the retention command, which says what it
/// would remove, removes whole rounds, and records who, when, how and how many in the security audit.
/// </summary>
public sealed class AcknowledgementRetentionTests
{
    private static async Task<Guid> ClosedRoundWithAcknowledgementsAsync(AckHarness app)
    {
        var round = await app.LaunchAsync([Alex, Bea], dueDate: DueIn30Days(app));
        await app.DeliverAsync();
        await app.DbAsync(async db =>
        {
            db.Add(new Acknowledgement { RoundId = round, AadObjectId = Alex.AadObjectId, Name = Alex.Name, AcknowledgedAt = app.Time.GetUtcNow(), PolicyVersion = new string('a', 64) });
            db.Add(new Acknowledgement { RoundId = round, AadObjectId = Bea.AadObjectId, Name = Bea.Name, AcknowledgedAt = app.Time.GetUtcNow(), PolicyVersion = new string('a', 64) });
            return await db.SaveChangesAsync();
        });
        Assert.True((await app.WithAsync(sp => sp.GetRequiredService<AcknowledgementRounds>().CloseAsync(round, CancellationToken.None))).Closed);
        return round;
    }

    private static string DueIn30Days(AckHarness app) =>
        DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<int> AuditedPurgesAsync(AckHarness app) =>
        app.DbAsync(db => db.Set<SecurityAuditEntry>().CountAsync(e => e.Reason == nameof(AuditedOperation.AcknowledgementsPurged)));

    [Fact]
    public async Task Records_inside_the_retention_period_are_refused_and_nothing_is_removed_or_audited()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await ClosedRoundWithAcknowledgementsAsync(app);
        app.Time.Advance(TimeSpan.FromDays(365 * 5));
        var asked = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);

        var refused = await Assert.ThrowsAsync<RetentionPeriodException>(() =>
            app.WithAsync(sp => sp.GetRequiredService<AcknowledgementRetention>().PurgeAsync(asked, "Mrs Head", "command line", CancellationToken.None)));

        Assert.Contains("inside the retention period", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Acknowledgements:RetentionYears is 6", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync()));
        Assert.Equal(0, await AuditedPurgesAsync(app));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_the_retention_period_a_dry_run_counts_and_the_purge_removes_the_round_whole_and_audits_who_and_how_many(string provider)
    {
        await using var app = await CreateAsync(provider);
        await ClosedRoundWithAcknowledgementsAsync(app);
        app.Time.Advance(TimeSpan.FromDays((365 * 6) + 10));
        var retention = () => app.Services.CreateScope().ServiceProvider.GetRequiredService<AcknowledgementRetention>();
        var cutoff = retention().LatestCutoff;

        var dryRun = await retention().CountAsync(cutoff, CancellationToken.None);
        Assert.Equal((1, 2, 2), (dryRun.Rounds, dryRun.Acknowledgements, dryRun.OutboxRows));
        Assert.Equal(2, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync()));

        var removed = await retention().PurgeAsync(cutoff, "Mrs Head (account head on laptop)", "command line", CancellationToken.None);

        Assert.Equal(dryRun, removed);
        Assert.Equal(0, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.Set<RoundRecipient>().CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.Set<AcknowledgementRound>().CountAsync()));
        var entry = await app.DbAsync(db => db.Set<SecurityAuditEntry>().AsNoTracking().SingleAsync(e => e.Reason == nameof(AuditedOperation.AcknowledgementsPurged)));
        Assert.Equal("Mrs Head (account head on laptop)", entry.Actor);
        Assert.Equal("command line", entry.ActivityType);
        Assert.Equal(2, entry.Count);
        Assert.Equal(app.Time.GetUtcNow(), entry.At, TimeSpan.FromSeconds(1));
        Assert.StartsWith($"1 round(s) closed before {cutoff:yyyy-MM-dd}: 2 acknowledgement(s), 2 outbox row(s)", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Alex.Name, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_still_open_or_closed_within_the_period_is_kept_by_a_purge_of_older_rounds()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        var old = await ClosedRoundWithAcknowledgementsAsync(app);
        app.Time.Advance(TimeSpan.FromDays(365 * 3));
        var recent = await ClosedRoundWithAcknowledgementsAsync(app);
        var open = await app.LaunchAsync([Cai], dueDate: DueIn30Days(app));
        app.Time.Advance(TimeSpan.FromDays((365 * 4) + 10));

        var removed = await app.WithAsync(sp =>
        {
            var retention = sp.GetRequiredService<AcknowledgementRetention>();
            return retention.PurgeAsync(retention.LatestCutoff, "Mrs Head", "command line", CancellationToken.None);
        });

        Assert.Equal(1, removed.Rounds);
        var left = await app.DbAsync(db => db.Set<AcknowledgementRound>().Select(r => r.Id).ToListAsync());
        Assert.Equal(new[] { recent, open }.Order(), left.Order());
        Assert.DoesNotContain(old, left);
        Assert.Equal(2, await app.DbAsync(db => db.Set<Acknowledgement>().CountAsync(a => a.RoundId == recent)));
    }

    [Fact]
    public async Task Outside_the_command_the_database_still_refuses_to_delete_an_acknowledgement()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        await ClosedRoundWithAcknowledgementsAsync(app);
        app.Time.Advance(TimeSpan.FromDays(365 * 10));

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => app.DbAsync(async db =>
        {
            db.Remove(await db.Set<Acknowledgement>().FirstAsync());
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task The_command_will_not_remove_anything_without_the_name_of_who_runs_it()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await PurgeAcknowledgementsCommand.RunAsync(["purge-acknowledgements", "--apply"], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("--apply needs --by", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }
}
