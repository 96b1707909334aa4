using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>
/// "Conversation references of leavers removed" (issue 11): someone who leaves the staff group keeps their chat with
/// the bot for Roles:LeaverGracePeriod, then it goes, with any card still waiting for them; the audit says how many, never whom.
/// </summary>
public sealed class LeaverCleanupTests : IAsyncLifetime
{
    private const string StaffGroup = "7d7d7d7d-0000-4000-8000-0000000000c2";
    private readonly string _keyEncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private FakeGraphGroups _graph = null!;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphGroups.StartAsync();
        _graph.SetMembers(StaffGroup, Staff.Alex, Staff.Megan);
        _database = TestDatabase.Create("Sqlite");
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_leavers_chat_and_pending_card_are_removed_after_the_grace_period_and_the_audit_holds_counts_only()
    {
        await using var bot = await StartAsync();
        var refresher = await RefresherAsync(bot);
        await bot.PostAsync(bot.Message("help", Staff.Megan));
        await bot.PostAsync(bot.Message("help", Staff.Alex));
        var round = await SeedRoundAsync(bot, (Staff.Megan, DeliveryState.Pending, 1), (Staff.Megan, DeliveryState.Sent, 0), (Staff.Alex, DeliveryState.Pending, 1));

        _graph.SetMembers(StaffGroup, Staff.Alex);
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromDays(29));
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);

        // Within the grace period nothing of Megan's has gone.
        await using (var db = _database.Open())
        {
            Assert.True(await db.ConversationReferences.AnyAsync(r => r.UserAadObjectId == Staff.Megan));
            Assert.Equal(2, await db.Set<RoundRecipient>().CountAsync(r => r.AadObjectId == Staff.Megan));
        }

        bot.Time.Advance(TimeSpan.FromDays(2));
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);

        await using (var db = _database.Open())
        {
            Assert.False(await db.ConversationReferences.AnyAsync(r => r.UserAadObjectId == Staff.Megan));
            Assert.True(await db.ConversationReferences.AnyAsync(r => r.UserAadObjectId == Staff.Alex));
            // The card already sent stays with the round's record; the one still waiting is gone.
            var megans = await db.Set<RoundRecipient>().Where(r => r.AadObjectId == Staff.Megan).Select(r => r.State).ToListAsync();
            Assert.Equal([DeliveryState.Sent], megans);
            Assert.Equal(1, await db.Set<RoundRecipient>().CountAsync(r => r.AadObjectId == Staff.Alex && r.RoundId == round));
            Assert.False(await db.Set<StaffLeaver>().AnyAsync());
            var entry = Assert.Single(await db.Set<SecurityAuditEntry>().AsNoTracking().Where(e => e.Reason == nameof(AuditedOperation.LeaverRecordsRemoved)).ToListAsync());
            Assert.Equal(2, entry.Count);
            Assert.Equal("scheduled", entry.ActivityType);
            Assert.Null(entry.AadObjectId);
            Assert.Equal("1 person(s) who left the staff group more than 30 day(s) ago: 1 conversation reference(s), 1 pending outbox row(s)", entry.Detail);
            Assert.DoesNotContain(Staff.Megan, entry.Detail + entry.Actor, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Staff.NameOf(Staff.Megan), entry.Detail + entry.Actor, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_head_teacher_or_handler_named_in_the_settings_who_drops_out_of_the_group_is_not_a_leaver()
    {
        _graph.SetMembers(StaffGroup, Staff.Alex, Staff.Megan, Staff.HeadTeacher, Staff.Deputy);
        await using var bot = await StartAsync();
        var refresher = await RefresherAsync(bot);
        await bot.PostAsync(bot.Message("help", Staff.HeadTeacher));
        await bot.PostAsync(bot.Message("help", Staff.Deputy));

        _graph.SetMembers(StaffGroup, Staff.Alex, Staff.Megan);
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromDays(40));
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);

        await using var db = _database.Open();
        Assert.True(await db.ConversationReferences.AnyAsync(r => r.UserAadObjectId == Staff.HeadTeacher));
        Assert.True(await db.ConversationReferences.AnyAsync(r => r.UserAadObjectId == Staff.Deputy));
        Assert.False(await db.Set<StaffLeaver>().AnyAsync());
    }

    [Fact]
    public async Task Someone_put_back_in_the_group_within_the_grace_period_keeps_their_chat()
    {
        await using var bot = await StartAsync();
        var refresher = await RefresherAsync(bot);
        await bot.PostAsync(bot.Message("help", Staff.Megan));

        _graph.SetMembers(StaffGroup, Staff.Alex);
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromDays(3));
        _graph.SetMembers(StaffGroup, Staff.Alex, Staff.Megan);
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromDays(40));
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);

        await using var db = _database.Open();
        Assert.True(await db.ConversationReferences.AnyAsync(r => r.UserAadObjectId == Staff.Megan));
        Assert.False(await db.Set<StaffLeaver>().AnyAsync());
        Assert.False(await db.Set<SecurityAuditEntry>().AnyAsync(e => e.Reason == nameof(AuditedOperation.LeaverRecordsRemoved)));
    }

    // The refresher as the app builds it, driven one read at a time by the test (its own loop is not started, so a
    // move of the fake clock does not also start a read of its own).
    private static async Task<StaffGroupRefresher> RefresherAsync(BotTestHost bot)
    {
        var refresher = ActivatorUtilities.CreateInstance<StaffGroupRefresher>(bot.Services);
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);
        return refresher;
    }

    private async Task<Guid> SeedRoundAsync(BotTestHost bot, params (string Person, DeliveryState State, int Sequence)[] rows)
    {
        // A round of the policy the bot has, or the schedule closes it as superseded and cancels its cards.
        var version = bot.Services.GetRequiredService<CadoxtonPolicyBot.Policy.PolicyDocument>().Version.Sha256Hex;
        await using var db = _database.Open();
        var round = new AcknowledgementRound
        {
            Id = Guid.NewGuid(), Name = "2026/27", Audience = "group:" + StaffGroup, AudienceDescription = "Staff", PolicyVersion = version,
            CreatedByAadObjectId = Staff.HeadTeacher, CreatedAt = DateTimeOffset.UtcNow, ServiceUrl = "https://smba.trafficmanager.net/emea/", DueDate = new DateOnly(2026, 10, 1),
        };
        db.Add(round);
        db.AddRange(rows.Select(r => new RoundRecipient
        {
            RoundId = round.Id, AadObjectId = r.Person, Kind = r.Sequence == 0 ? RecipientKind.Card : RecipientKind.Reminder, Sequence = r.Sequence, State = r.State,
            NextAttemptAt = DateTimeOffset.UtcNow.AddDays(400), CreatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
        return round.Id;
    }

    private Task<BotTestHost> StartAsync() => BotTestHost.StartAsync(
        settings: new Dictionary<string, string?>(_database.AppSettings())
        {
            ["DataProtection:KeyEncryptionKey"] = _keyEncryptionKey,
            ["Roles:AllowAllTenantUsers"] = "false",
            ["Roles:StaffGroupId"] = StaffGroup,
            ["Roles:HeadTeacherIds:0"] = Staff.HeadTeacher,
            ["Roles:ConcernHandlers:0:AadObjectId"] = Staff.Deputy,
            ["Roles:ConcernHandlers:0:Role"] = "Deputy head",
        },
        configureServices: services =>
        {
            // Nothing else touches the outbox meanwhile: the round's own schedule and delivery are other tests' business.
            Type[] driven = [typeof(StaffGroupRefresher), typeof(AcknowledgementScheduler), typeof(DeliveryWorker)];
            foreach (var refresher in services.Where(d => driven.Contains(d.ImplementationType)).ToList())
            {
                services.Remove(refresher);
            }

            services.RemoveAll<IStaffGroupSource>();
            services.AddSingleton(_graph.Source());
        });
}
