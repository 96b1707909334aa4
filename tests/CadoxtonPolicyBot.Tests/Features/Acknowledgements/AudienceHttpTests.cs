using System.Globalization;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Graph;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>
/// Audiences by name through /api/messages: a team remembered from its install and launched by name, and the Entra group
/// typeahead answered with Graph's $search, whose request shape is checked against the local fake Graph.
/// </summary>
public sealed class AudienceHttpTests
{
    private const string TeamId = "19:staffroom@thread.tacv2";

    private static Dictionary<string, string?> Settings => new()
    {
        ["Roles:HeadTeacherIds:0"] = Staff.HeadTeacher,
        ["Acknowledgements:PollInterval"] = "00:00:01",
        ["Acknowledgements:TenantRequestsPerSecond"] = "1000",
        ["Acknowledgements:AnnualOfferDate"] = "12-01",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_team_the_bot_was_installed_in_is_chosen_by_name_and_the_progress_card_never_shows_its_id(string provider)
    {
        await using var bot = await BotTestHost.StartAsync(provider, Settings, now: new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        bot.Connector.Roster = [.. new[] { Staff.Alex, Staff.Megan }.Select(id => new TeamsChannelAccount { Id = "29:" + id, AadObjectId = id, Name = Staff.NameOf(id), UserRole = "user" })];
        using (await bot.PostAsync(TeamInstall(bot, "Staffroom")))
        {
        }

        using (await bot.PostAsync(bot.Message("start acknowledgement round", Staff.HeadTeacher)))
        {
        }

        // The team was welcomed first; then the form.
        var form = (await bot.Connector.WaitForMessagesAsync(2)).Single(m => m.CardText?.Contains("Start an acknowledgement round", StringComparison.Ordinal) == true).Card!;
        var choice = form["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "audience")!["choices"]!.AsArray()
            .Single(c => c!["title"]!.GetValue<string>() == "Staffroom (team)")!;
        var progress = await bot.InvokeAsync(bot.Execute(AcknowledgementCards.LaunchVerb, new JsonObject
        {
            ["name"] = "2026/27", ["dueDate"] = "2026-10-01", ["audience"] = choice["value"]!.GetValue<string>(), ["check"] = "false",
        }, Staff.HeadTeacher));

        var text = progress["value"]!.AllText();
        Assert.Contains("Staffroom (team, 2 people)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("19:", progress["value"]!["body"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Staffroom", await DbAsync(bot, db => db.Set<AcknowledgementRound>().Select(r => r.AudienceName).SingleAsync()));
    }

    [Fact]
    public async Task The_group_typeahead_asks_graph_with_search_and_eventual_consistency_and_answers_in_teams_search_shape()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.Page("/v1.0/groups", new JsonObject
        {
            ["value"] = new JsonArray(
                new JsonObject { ["id"] = "6a6a6a6a-0000-4000-8000-000000000006", ["displayName"] = "Year 6 Team" },
                new JsonObject { ["id"] = "6a6a6a6a-0000-4000-8000-000000000007", ["displayName"] = "Year 6 Parents' Evening" }),
        });
        using var http = GraphClientFactory.Create();
        using var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), graph.BaseUrl);
        await using var bot = await BotTestHost.StartAsync("Sqlite", Settings,
            configureServices: s => s.Replace(ServiceDescriptor.Scoped<IGroupSearch>(_ => new GraphSearch(client))));

        var answer = await bot.InvokeAsync(Search(bot, "Year \"6\"", Staff.HeadTeacher));
        var refused = await bot.InvokeAsync(Search(bot, "Year 6", Staff.Alex));

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.search.searchResponse", answer["type"]!.GetValue<string>());
        Assert.Equal(
            [("Year 6 Team", "group:6a6a6a6a-0000-4000-8000-000000000006"), ("Year 6 Parents' Evening", "group:6a6a6a6a-0000-4000-8000-000000000007")],
            answer["value"]!["results"]!.AsArray().Select(r => (r!["title"]!.GetValue<string>(), r["value"]!.GetValue<string>())));
        Assert.Equal(403, refused["statusCode"]!.GetValue<int>());

        // One Graph request, from the head teacher's search only; the typed quotes cannot end the search clause.
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/groups", request.Path);
        Assert.Equal("eventual", request.Headers["ConsistencyLevel"]);
        var query = request.QueryParameters();
        Assert.Equal("\"displayName:Year 6\"", query["$search"]);
        Assert.Equal(["id", "displayName"], query["$select"].Split(','));
        Assert.Equal(GraphGroups.MaxResults.ToString(CultureInfo.InvariantCulture), query["$top"]);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e20")]
    [InlineData("-3")]
    public async Task A_typeahead_page_that_is_not_a_small_whole_number_gets_an_empty_page_not_an_error(string skip)
    {
        await using var graph = await FakeGraph.StartAsync();
        using var http = GraphClientFactory.Create();
        using var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), graph.BaseUrl);
        await using var bot = await BotTestHost.StartAsync("Sqlite", Settings,
            configureServices: s => s.Replace(ServiceDescriptor.Scoped<IGroupSearch>(_ => new GraphSearch(client))));
        var search = Search(bot, "Year 6", Staff.HeadTeacher);
        search.Value!["queryOptions"]!["skip"] = JsonNode.Parse(skip);

        var answer = await bot.InvokeAsync(search);

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Empty(answer["value"]!["results"]!.AsArray());
        Assert.Empty(graph.Requests);
    }

    private static Activity TeamInstall(BotTestHost bot, string teamName)
    {
        var activity = bot.Message("unused", Staff.HeadTeacher);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.Conversation = new ConversationAccount { Id = TeamId, ConversationType = "channel", IsGroup = true, TenantId = BotTestHost.TenantId };
        activity.ChannelData = new JsonObject
        {
            ["eventType"] = "teamMemberAdded",
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = teamName },
            ["tenant"] = new JsonObject { ["id"] = BotTestHost.TenantId },
        };
        activity.MembersAdded = [new ChannelAccount { Id = BotTestHost.BotId }];
        return activity;
    }

    private static Activity Search(BotTestHost bot, string text, string user)
    {
        var activity = bot.Execute("unused", userAadId: user);
        activity.Name = GroupSearchHandler.InvokeName;
        activity.ReplyToId = null;
        activity.Value = new JsonObject
        {
            ["queryText"] = text,
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 },
            ["dataset"] = GroupSearchHandler.Dataset,
        };
        return activity;
    }

    private static async Task<T> DbAsync<T>(BotTestHost bot, Func<BotDbContext, Task<T>> query)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    /// <summary>The feature's group search over a Graph client pointed at the fake Graph (the bot's own has no Entra to sign in to here).</summary>
    private sealed class GraphSearch(GraphServiceClient client) : IGroupSearch
    {
        public Task<IReadOnlyList<GraphGroup>> SearchAsync(string text, CancellationToken cancellationToken) => client.SearchByNameAsync(text, cancellationToken);

        public Task<string?> NameAsync(string groupId, CancellationToken cancellationToken) => client.DisplayNameAsync(groupId, cancellationToken);
    }
}
