using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Graph;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>Issue 13.1: audiences by name (installed teams, the staff group, Entra groups by typeahead); only staff receive a round.</summary>
public sealed class AudienceByNameTests
{
    private const string TeamId = "19:staffroom@thread.tacv2";
    private const string StaffGroup = "5e6f7a8b-0000-4000-8000-000000000031";

    [Theory]
    [MemberData(nameof(Support.TestDatabase.Providers), MemberType = typeof(Support.TestDatabase))]
    public async Task Teams_the_bot_is_installed_in_are_offered_by_name_and_follow_renames_and_removals(string provider)
    {
        await using var app = await CreateAsync(provider, settings: [new("Roles:StaffGroupId", StaffGroup)]);

        await app.TurnAsync(TeamEvent(Head, "Staff", bot: true));
        var installed = Audiences(await app.SayAsync(Head, "start acknowledgement round"));
        await app.TurnAsync(TeamEvent(Head, "Staffroom", eventType: "teamRenamed"));
        var renamed = Audiences(await app.SayAsync(Head, "start acknowledgement round"));
        var removal = TeamEvent(Head, "Staffroom", eventType: "teamMemberRemoved");
        removal.MembersAdded = null;
        removal.MembersRemoved = [new ChannelAccount { Id = "28:bot" }];
        await app.TurnAsync(removal);
        var removed = Audiences(await app.SayAsync(Head, "start acknowledgement round"));

        // Local mode has no Graph to name the staff group: it is offered under a plain name, never its id.
        Assert.Equal([("All staff (the configured staff group)", "group:" + StaffGroup), ("Staff (team)", "team:" + TeamId)], installed);
        Assert.Equal(("Staffroom (team)", "team:" + TeamId), renamed[1]);
        Assert.Equal([("All staff (the configured staff group)", "group:" + StaffGroup)], removed);
    }

    [Fact]
    public async Task The_form_asks_teams_for_other_groups_by_name_through_a_typeahead()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);

        var form = (await app.SayAsync(Head, "start acknowledgement round")).SentCard();

        var audience = form!["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "audience")!;
        Assert.Equal("Input.ChoiceSet", audience["type"]!.GetValue<string>());
        Assert.Equal("filtered", audience["style"]!.GetValue<string>());
        Assert.Equal("Data.Query", audience["choices.data"]!["type"]!.GetValue<string>());
        Assert.Equal(GroupSearchHandler.Dataset, audience["choices.data"]!["dataset"]!.GetValue<string>());
        Assert.DoesNotContain("GUID", form.AllText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_head_teachers_typeahead_finds_groups_by_name_and_nobody_else_may_search()
    {
        var search = new FakeGroupSearch();
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, configure: s => s.Replace(ServiceDescriptor.Singleton<IGroupSearch>(search)));

        var found = await app.TurnAsync(Search(Head, "Year 6"));
        var refused = await app.TurnAsync(Search(Alex, "Year 6"));

        Assert.Equal(200, found.InvokeResponse!.Status);
        Assert.Equal(200, found.InvokeBody!["statusCode"]!.GetValue<int>());
        Assert.Equal(GroupSearchHandler.ResponseType, found.InvokeBody["type"]!.GetValue<string>());
        var result = Assert.Single(found.InvokeBody["value"]!["results"]!.AsArray());
        Assert.Equal("Year 6 Team", result!["title"]!.GetValue<string>());
        Assert.Equal("group:6a6a6a6a-0000-4000-8000-000000000006", result["value"]!.GetValue<string>());
        Assert.Equal(403, refused.InvokeBody!["statusCode"]!.GetValue<int>());
        Assert.Equal(["Year 6"], search.Queries);
    }

    [Fact]
    public async Task The_typeahead_also_finds_the_bots_teams_and_the_staff_group_by_name()
    {
        var search = new FakeGroupSearch();
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, settings: [new("Roles:StaffGroupId", StaffGroup)],
            configure: s => s.Replace(ServiceDescriptor.Singleton<IGroupSearch>(search)));
        await app.TurnAsync(TeamEvent(Head, "Staff", bot: true));

        var found = await app.TurnAsync(Search(Head, "staff"));

        Assert.Equal(
            ["All staff (the configured staff group)", "Staff (team)", "Year 6 Team"],
            found.InvokeBody!["value"]!["results"]!.AsArray().Select(r => r!["title"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Support.TestDatabase.Providers), MemberType = typeof(Support.TestDatabase))]
    public async Task Only_staff_receive_a_round_and_the_head_teacher_is_told_how_many_were_left_out(string provider)
    {
        var staff = new ListedStaff(Alex.AadObjectId, Bea.AadObjectId);
        await using var app = await CreateAsync(provider, configure: s => s.Replace(ServiceDescriptor.Singleton<IStaffDirectory>(staff)));
        app.Audience.Members = [Alex.AsMember(), Bea.AsMember(), Cai.AsMember()];
        app.Audience.Name = "Year 6 Team";

        var launched = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, Form("group:6a6a6a6a-0000-4000-8000-000000000006"));

        var text = launched.CardFromInvoke().AllText();
        Assert.Contains("Audience\nYear 6 Team (group, 2 people)", text, StringComparison.Ordinal);
        Assert.Contains("1 person in that audience is not on the school's staff list, so they were not sent the card.", text, StringComparison.Ordinal);
        Assert.Equal([Alex.AadObjectId, Bea.AadObjectId],
            (await app.DbAsync(db => db.Set<RoundRecipient>().Select(r => r.AadObjectId).ToListAsync())).Order());
        Assert.Equal("Year 6 Team", (await app.DbAsync(db => db.Set<AcknowledgementRound>().SingleAsync())).AudienceName);

        // Someone who joins the audience later is added only if they are staff.
        var round = await app.DbAsync(db => db.Set<AcknowledgementRound>().SingleAsync());
        var added = await app.WithAsync(sp => sp.GetRequiredService<AcknowledgementRounds>().AddRecipientsAsync(round,
            [new AudienceMember("aaaaaaaa-0000-4000-8000-000000000099", "A Pupil", null)], CancellationToken.None));
        Assert.Equal(0, added);
    }

    [Fact]
    public async Task An_audience_with_no_staff_in_it_is_refused_by_name()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, configure: s => s.Replace(ServiceDescriptor.Singleton<IStaffDirectory>(new ListedStaff(Alex.AadObjectId))));
        app.Audience.Members = [Cai.AsMember()];
        app.Audience.Name = "Year 6 pupils";

        var launched = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, Form("group:6a6a6a6a-0000-4000-8000-000000000006"));

        Assert.Contains("Nobody in Year 6 pupils is on the school's staff list", launched.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Set<AcknowledgementRound>().CountAsync()));
    }

    internal static Activity TeamEvent(Person person, string name, bool bot = false, string eventType = "teamMemberAdded")
    {
        var activity = Activities.Base(person, ActivityTypes.ConversationUpdate);
        activity.Conversation = new ConversationAccount { Id = TeamId, ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };
        activity.ChannelData = new JsonObject { ["eventType"] = eventType, ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = name }, ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        activity.MembersAdded = bot ? [new ChannelAccount { Id = "28:bot" }] : null;
        return activity;
    }

    private static Activity Search(Person person, string text)
    {
        var activity = Activities.Base(person, ActivityTypes.Invoke);
        activity.Name = GroupSearchHandler.InvokeName;
        activity.Value = new JsonObject
        {
            ["queryText"] = text,
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 },
            ["dataset"] = GroupSearchHandler.Dataset,
        };
        return activity;
    }

    private static List<(string Title, string Value)> Audiences(TestTurn turn) =>
        [.. turn.SentCard()!["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "audience")!["choices"]!.AsArray()
            .Select(c => (c!["title"]!.GetValue<string>(), c["value"]!.GetValue<string>()))];

    private static JsonObject Form(string audience) => new()
    {
        ["name"] = "2026/27", ["dueDate"] = "2026-10-01", ["audience"] = audience, ["check"] = "false",
    };

    private sealed class FakeGroupSearch : IGroupSearch
    {
        public List<string> Queries { get; } = [];

        public Task<IReadOnlyList<GraphGroup>> SearchAsync(string text, CancellationToken cancellationToken)
        {
            Queries.Add(text);
            return Task.FromResult<IReadOnlyList<GraphGroup>>([new GraphGroup("6a6a6a6a-0000-4000-8000-000000000006", "Year 6 Team")]);
        }

        public Task<string?> NameAsync(string groupId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    private sealed class ListedStaff(params string[] ids) : IStaffDirectory
    {
        public bool ServesEveryone => false;

        public IReadOnlyCollection<string> StaffMembers => ids;

        public bool IsStaff(string? aadObjectId) => aadObjectId is not null && ids.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);
    }
}
