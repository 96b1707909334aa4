using System.Net;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Infrastructure;
using CadoxtonPolicyBot.Tests.Protocol.Authentication;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Turns;

/// <summary>
/// "This school's staff, in a shared tenant" (issue 11): on Hwb the tenant holds pupils and other schools, so the bot
/// serves only the members of Roles:StaffGroupId (read from a local Graph endpoint by the bot's own reader), the head
/// teacher and the concern handlers. Anyone else gets one line and nothing more.
/// </summary>
public sealed class StaffGateTests : IAsyncLifetime
{
    private const string StaffGroup = "7d7d7d7d-0000-4000-8000-0000000000c1";
    private const string Pupil = "0b0b0b0b-0000-4000-8000-0000000000b1";

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
    public async Task A_pupil_in_the_same_tenant_who_asks_a_question_gets_one_line_and_no_answer()
    {
        await using var bot = await StartAsync();

        using var response = await bot.PostAsync(bot.Message("can I post photos of sports day on facebook?", Pupil));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Connector.Messages);
        Assert.Equal(StaffGate.Refusal, reply.Activity!.Text);
        Assert.Null(reply.Card);
        await using var db = _database.Open();
        Assert.False(await db.ConversationReferences.AnyAsync(r => r.UserAadObjectId == Pupil));
        var entry = Assert.Single(await db.Set<SecurityAuditEntry>().AsNoTracking().ToListAsync());
        Assert.Equal(nameof(RefusalReason.NotStaff), entry.Reason);
        Assert.Equal(Pupil, entry.AadObjectId);
        Assert.Equal(BotTestHost.TenantId, entry.TenantId);
    }

    [Fact]
    public async Task A_pupil_who_starts_a_concern_gets_one_line_and_no_consent_card_and_nothing_is_recorded()
    {
        await using var bot = await StartAsync();

        using (await bot.PostAsync(bot.Message("report a concern", Pupil)))
        {
        }

        var started = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Start, [], Pupil));
        var submitted = await bot.InvokeAsync(bot.Execute(ConcernVerbs.Submit, new JsonObject { ["whatHappened"] = "made up" }, Pupil));

        Assert.Equal(StaffGate.Refusal, Assert.Single(bot.Connector.Messages).Activity!.Text);
        foreach (var answer in new[] { started, submitted })
        {
            Assert.Equal(403, answer["statusCode"]!.GetValue<int>());
            Assert.Equal(StaffGate.Refusal, answer["value"]!["message"]!.GetValue<string>());
        }

        await using var db = _database.Open();
        Assert.Equal(0, await db.Set<Concern>().CountAsync());
    }

    [Fact]
    public async Task A_pupil_who_presses_a_card_with_submit_gets_the_line_and_nothing_else()
    {
        await using var bot = await StartAsync();

        using var response = await bot.PostAsync(bot.Submit(new JsonObject { ["verb"] = PolicyVerbs.Read }, Pupil));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Connector.Messages);
        Assert.Equal(StaffGate.Refusal, reply.Activity!.Text);
        Assert.Null(reply.Card);
    }

    [Fact]
    public async Task A_pupil_whose_teams_speaks_welsh_gets_the_line_in_welsh_and_english()
    {
        await using var bot = await StartAsync();
        var message = bot.Message("helo", Pupil);
        message.Locale = "cy-GB";

        using (await bot.PostAsync(message))
        {
        }

        Assert.Equal($"{StaffGate.RefusalCymraeg} / {StaffGate.Refusal}", Assert.Single(bot.Connector.Messages).Activity!.Text);
    }

    [Fact]
    public async Task A_pupil_who_installs_the_app_gets_the_line_instead_of_the_welcome()
    {
        await using var bot = await StartAsync();
        var (installation, conversationUpdate) = bot.Install(Pupil);

        using (await bot.PostAsync(installation))
        using (await bot.PostAsync(conversationUpdate))
        {
        }

        Assert.Equal(StaffGate.Refusal, Assert.Single(bot.Connector.Messages).Activity!.Text);
        await using var db = _database.Open();
        Assert.False(await db.ConversationWelcomes.AnyAsync());
    }

    [Fact]
    public async Task Members_of_the_staff_group_and_the_head_teacher_outside_it_are_served()
    {
        await using var bot = await StartAsync();

        foreach (var person in new[] { Staff.Alex, Staff.HeadTeacher })
        {
            var before = bot.Connector.Messages.Count;
            using var response = await bot.PostAsync(bot.Message("help", person));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull((await bot.Connector.WaitForMessagesAsync(before + 1))[before].Card);
        }
    }

    [Fact]
    public async Task The_staff_list_is_kept_in_the_database_so_a_restart_during_a_graph_outage_still_knows_the_staff()
    {
        await using (var first = await StartAsync())
        {
            Assert.True(first.Services.GetRequiredService<IStaffDirectory>().IsStaff(Staff.Megan));
        }

        // 500, not 503: Graph's client would retry a 503 for a while before giving up.
        _graph.FailWith = 500;
        await using var restarted = await StartAsync();

        var staff = restarted.Services.GetRequiredService<IStaffDirectory>();
        Assert.True(staff.IsStaff(Staff.Megan));
        Assert.False(staff.IsStaff(Pupil));
        Assert.Equal(StaffListSource.Database, restarted.Services.GetRequiredService<StaffGroupMembers>().Source);
        using (await restarted.PostAsync(restarted.Message("help", Staff.Megan)))
        using (await restarted.PostAsync(restarted.Message("help", Pupil)))
        {
        }

        var replies = await restarted.Connector.WaitForMessagesAsync(2);
        Assert.Single(replies, r => r.Activity?.Text == StaffGate.Refusal);
        Assert.Single(replies, r => r.Card is not null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_member_planted_in_the_database_during_a_graph_outage_is_not_staff_after_a_restart(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using (var first = await StartAsync(database))
        {
            Assert.True(first.Services.GetRequiredService<IStaffDirectory>().IsStaff(Staff.Megan));
        }

        await using (var db = database.Open())
        {
            var genuine = await db.Set<KnownStaffMember>().AsNoTracking().FirstAsync(m => m.AadObjectId == Staff.Alex);
            // Someone with write access to the database, but not the key: a made-up seal, and Alex's seal copied.
            db.Set<KnownStaffMember>().Add(new KnownStaffMember { GroupId = genuine.GroupId, AadObjectId = Pupil, ReadAt = genuine.ReadAt, Seal = genuine.Seal });
            db.Set<KnownStaffMember>().Add(new KnownStaffMember
            {
                GroupId = genuine.GroupId, AadObjectId = "0b0b0b0b-0000-4000-8000-0000000000b2", ReadAt = genuine.ReadAt, Seal = Convert.ToBase64String(new byte[32]),
            });
            await db.SaveChangesAsync();
        }

        _graph.FailWith = 500;
        await using var restarted = await StartAsync(database);

        var staff = restarted.Services.GetRequiredService<IStaffDirectory>();
        Assert.True(staff.IsStaff(Staff.Megan));
        Assert.False(staff.IsStaff(Pupil));
        Assert.False(staff.IsStaff("0b0b0b0b-0000-4000-8000-0000000000b2"));
    }

    [Fact]
    public async Task When_graph_is_unreachable_at_a_first_start_only_the_head_teacher_and_handlers_are_served_never_everyone()
    {
        await _graph.DisposeAsync();

        await using var bot = await StartAsync();

        var staff = bot.Services.GetRequiredService<IStaffDirectory>();
        Assert.False(staff.ServesEveryone);
        Assert.False(staff.IsStaff(Staff.Alex));
        Assert.False(staff.IsStaff(Pupil));
        Assert.True(staff.IsStaff(Staff.HeadTeacher));
        Assert.True(staff.IsStaff(Staff.Deputy));
    }

    [Fact]
    public async Task A_later_read_replaces_the_list_whole_so_a_leaver_is_refused()
    {
        await using var bot = await StartAsync();
        _graph.SetMembers(StaffGroup, Staff.Alex);

        var refresher = bot.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<StaffGroupRefresher>().Single();
        await refresher.RefreshAsync(StaffGroup, CancellationToken.None);

        var staff = bot.Services.GetRequiredService<IStaffDirectory>();
        Assert.False(staff.IsStaff(Staff.Megan));
        Assert.True(staff.IsStaff(Staff.Alex));
        await using var db = _database.Open();
        Assert.Equal([Staff.Alex], await db.Set<KnownStaffMember>().Select(m => m.AadObjectId).ToListAsync());
    }

    [Fact]
    public async Task With_an_app_id_and_no_staff_group_start_up_refuses_unless_every_tenant_user_is_allowed_explicitly()
    {
        await using var metadata = await OpenIdMetadataServer.StartAsync();
        using var app = new BotAppFactory(metadata, extraSettings: new Dictionary<string, string?> { ["Roles:AllowAllTenantUsers"] = "false" });

        var error = Assert.Throws<OptionsValidationException>(app.StartServer);

        Assert.Contains("Roles:StaffGroupId is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("Roles:AllowAllTenantUsers=true", error.Message, StringComparison.Ordinal);
    }

    private Task<BotTestHost> StartAsync(TestDatabase? database = null) => BotTestHost.StartAsync(
        settings: new Dictionary<string, string?>((database ?? _database).AppSettings())
        {
            // One key for every start on a database, as in a deployment (the staff list is sealed with it).
            ["DataProtection:KeyEncryptionKey"] = _keyEncryptionKey,
            ["Roles:AllowAllTenantUsers"] = "false",
            ["Roles:StaffGroupId"] = StaffGroup,
            ["Roles:HeadTeacherIds:0"] = Staff.HeadTeacher,
            ["Roles:ConcernHandlers:0:AadObjectId"] = Staff.Deputy,
            ["Roles:ConcernHandlers:0:Role"] = "Deputy head",
        },
        configureServices: services =>
        {
            services.RemoveAll<IStaffGroupSource>();
            services.AddSingleton(_graph.Source());
        });
}
