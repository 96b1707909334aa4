using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>
/// A team's roster as Teams serves it: GET /v3/conversations/{team}/pagedmembers, in pages with a continuation token.
/// teamslimits.py answers the roster only on GET .../members (its pagedmembers branch sits under a "/members" test that
/// a "/pagedmembers" path never passes), while the bot reads teams through pagedmembers, so the launch turn comes
/// from this serviceUrl and the cards go to teamslimits.py through the recipients' stored conversation references.
/// </summary>
internal sealed class RosterServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RosterServer(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<RosterServer> StartAsync(IReadOnlyList<object> members)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/v3/conversations/{teamId}/pagedmembers", (HttpContext http) =>
        {
            var size = int.TryParse(http.Request.Query["pageSize"], CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 1, 500) : 500;
            var from = int.TryParse(http.Request.Query["continuationToken"], CultureInfo.InvariantCulture, out var f) ? f : 0;
            var page = members.Skip(from).Take(size).ToList();
            var next = from + page.Count < members.Count ? (from + page.Count).ToString(CultureInfo.InvariantCulture) : null;
            return Results.Json(new { members = page, continuationToken = next });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RosterServer(app) { ServiceUrl = new Uri(address + "/") };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
