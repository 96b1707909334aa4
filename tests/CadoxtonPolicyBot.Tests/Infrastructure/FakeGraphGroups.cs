using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Infrastructure.Roles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>
/// Microsoft Graph's group-members endpoint on 127.0.0.1 (GET /v1.0/groups/{id}/transitiveMembers/microsoft.graph.user),
/// serving the members a test sets, or failing as an outage would. Only Entra's token service is left out: the client
/// reading it (<see cref="Source"/>) sends no token, and otherwise goes through the bot's own Graph reader.
/// </summary>
public sealed class FakeGraphGroups : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string[]> _groups = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? _app;
    private int _requests;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>When set, every request is answered with this status (an outage, a missing permission).</summary>
    public int? FailWith { get; set; }

    public int Requests => _requests;

    public static async Task<FakeGraphGroups> StartAsync()
    {
        var graph = new FakeGraphGroups();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        // The Graph SDK writes the OData cast as graph.user; the documentation writes microsoft.graph.user.
        app.MapGet("/v1.0/groups/{groupId}/transitiveMembers/graph.user", (string groupId) => graph.Members(groupId));
        app.MapGet("/v1.0/groups/{groupId}/transitiveMembers/microsoft.graph.user", (string groupId) => graph.Members(groupId));
        await app.StartAsync();
        graph._app = app;
        graph.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/v1.0");
        return graph;
    }

    public void SetMembers(string groupId, params string[] userIds) => _groups[groupId] = userIds;

    /// <summary>The bot's staff group source, reading this endpoint through the bot's own Graph reader.</summary>
    public IStaffGroupSource Source()
    {
        var client = new GraphServiceClient(new AnonymousAuthenticationProvider(), BaseUrl.ToString());
        return new GraphStaffGroupSource(() => client);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private IResult Members(string groupId)
    {
        Interlocked.Increment(ref _requests);
        if (FailWith is { } status)
        {
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ServiceFailure", ["message"] = "test outage" } }, statusCode: status);
        }

        if (!_groups.TryGetValue(groupId, out var members))
        {
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Request_ResourceNotFound", ["message"] = "no such group" } }, statusCode: 404);
        }

        var value = new JsonArray([.. members.Select(id => (JsonNode)new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.user",
            ["id"] = id,
            ["displayName"] = "Member " + id[^4..],
            ["accountEnabled"] = true,
        })]);
        return Results.Text(new JsonObject { ["value"] = value }.ToJsonString(), "application/json");
    }
}
