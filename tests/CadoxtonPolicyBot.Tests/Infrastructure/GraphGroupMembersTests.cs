using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Infrastructure.Graph;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>
/// The group members read against a Graph stand-in on 127.0.0.1, through the real Graph SDK pipeline: the request
/// shape Graph's advanced-query rules require for an OData cast (https://learn.microsoft.com/graph/aad-advanced-queries),
/// paging through @odata.nextLink, and disabled accounts left out.
/// </summary>
public sealed class GraphGroupMembersTests : IAsyncLifetime
{
    private const string GroupId = "5f1a0000-0000-4000-8000-0000000000aa";
    // The SDK writes the cast as graph.user, the short form of microsoft.graph.user that Graph's own OpenAPI
    // description (from which the SDK is generated) uses; Graph treats both alike.
    private const string MembersPath = $"/v1.0/groups/{GroupId}/transitiveMembers/graph.user";
    private const string SecondPagePath = "/v1.0/next-page-of-members";

    private FakeGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.Page(MembersPath, Page(
            nextLink: "{base}" + SecondPagePath + "?$count=true&$skiptoken=page2",
            User("aaaaaaaa-0000-4000-8000-000000000001", "Mrs Head", "head@cadoxton.example", enabled: true),
            User("aaaaaaaa-0000-4000-8000-000000000002", "Left Last Term", "left@cadoxton.example", enabled: false)));
        _graph.Page(SecondPagePath, Page(
            nextLink: null,
            User("aaaaaaaa-0000-4000-8000-000000000003", "Alex Teacher", "alex@cadoxton.example", enabled: true)));
    }

    [Fact]
    public async Task The_first_request_is_an_advanced_query_with_eventual_consistency_and_a_count()
    {
        await ListAsync();

        var first = _graph.Requests[0];
        Assert.Equal(MembersPath, first.Path);
        Assert.Equal("eventual", first.Headers["ConsistencyLevel"]);
        var query = first.QueryParameters();
        Assert.Equal("true", query["$count"]);
        Assert.Equal("999", query["$top"]);
        Assert.Equal(["id", "displayName", "userPrincipalName", "accountEnabled"], query["$select"].Split(','));
    }

    [Fact]
    public async Task Every_page_after_the_first_is_read_from_the_next_link_with_the_same_header()
    {
        var members = await ListAsync();

        Assert.Equal([MembersPath, SecondPagePath], _graph.Requests.Select(r => r.Path));
        var second = _graph.Requests[1];
        Assert.Equal("eventual", second.Headers["ConsistencyLevel"]);
        Assert.Equal("page2", second.QueryParameters()["$skiptoken"]);
        Assert.Contains(members, m => m.UserPrincipalName == "alex@cadoxton.example");
    }

    [Fact]
    public async Task Disabled_accounts_are_left_out_and_everyone_else_comes_back_with_name_and_upn()
    {
        var members = await ListAsync();

        Assert.Equal(
            [
                new GraphGroupMember("aaaaaaaa-0000-4000-8000-000000000001", "Mrs Head", "head@cadoxton.example"),
                new GraphGroupMember("aaaaaaaa-0000-4000-8000-000000000003", "Alex Teacher", "alex@cadoxton.example"),
            ],
            members);
    }

    private static JsonObject Page(string? nextLink, params JsonObject[] users)
    {
        var page = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,userPrincipalName,accountEnabled)",
            ["@odata.count"] = 3,
            ["value"] = new JsonArray([.. users]),
        };
        if (nextLink is not null)
        {
            page["@odata.nextLink"] = nextLink;
        }

        return page;
    }

    private static JsonObject User(string id, string name, string upn, bool enabled) => new()
    {
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = id,
        ["displayName"] = name,
        ["userPrincipalName"] = upn,
        ["accountEnabled"] = enabled,
    };

    /// <summary>Reads the group through the SDK's own middleware (retry, redirect, compression), with no credential: the stand-in asks for none.</summary>
    private async Task<List<GraphGroupMember>> ListAsync()
    {
        using var http = GraphClientFactory.Create();
        using var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), _graph.BaseUrl);
        return await client.ListEnabledUsersAsync(GroupId, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();
}
