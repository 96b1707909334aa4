using CadoxtonPolicyBot.Infrastructure.Graph;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>An Entra group as an audience: its enabled users, nested groups included, with Graph's failures explained.</summary>
public sealed partial class GraphGroupDirectory(GraphClientProvider graph, ILogger<GraphGroupDirectory> logger)
{
    public async Task<AudienceResolution> ResolveAsync(string groupId, CancellationToken cancellationToken)
    {
        var client = graph.Client;
        if (client is null)
        {
            return AudienceResolution.Failed("Microsoft Graph is not set up for this bot, so Entra groups cannot be read. Use team: and a Teams team id, or ask IT to configure Graph.");
        }

        List<AudienceMember> members;
        try
        {
            members = [.. (await client.ListEnabledUsersAsync(groupId, cancellationToken)).Select(m => new AudienceMember(m.Id, m.DisplayName, m.UserPrincipalName))];
        }
        catch (ODataError error)
        {
            LogGraphError(logger, error.ResponseStatusCode, error.Error?.Code);
            return AudienceResolution.Failed(error.ResponseStatusCode switch
            {
                (int)HttpStatusCode.NotFound => "Microsoft Graph has no group with that id. Check the Entra group id.",
                (int)HttpStatusCode.Forbidden => "The bot is not allowed to read that group's members (it needs GroupMember.Read.All).",
                (int)HttpStatusCode.TooManyRequests => "Microsoft Graph is busy just now. Please try again in a few minutes.",
                _ => "Microsoft Graph could not list that group's members just now. Please try again later.",
            });
        }
        catch (Exception ex) when (ex is HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            // Graph or Entra unreachable, or the bot's credential refused: a clear message, nothing launched.
            LogGraphError(logger, 0, ex.GetType().Name);
            return AudienceResolution.Failed("Microsoft Graph could not be reached just now. Please try again later, or use team: and a Teams team id.");
        }

        return AudienceResolution.Of(members);
    }

    [LoggerMessage(EventId = 5030, Level = LogLevel.Warning, Message = "Graph group members read failed: {Status} {Code}")]
    private static partial void LogGraphError(ILogger logger, int status, string? code);
}

/// <summary>Installs the bot for a person through Graph (POST /users/{id}/teamwork/installedApps); 409 means it already was.</summary>
public sealed partial class GraphTeamsAppInstaller(
    GraphClientProvider graph,
    IOptions<GraphOptions> options,
    ILogger<GraphTeamsAppInstaller> logger) : ITeamsAppInstaller
{
    public async Task<InstallResult> InstallForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var client = graph.Client;
        var appId = options.Value.TeamsAppCatalogId;
        if (client is null || string.IsNullOrWhiteSpace(appId))
        {
            return new InstallResult(InstallOutcome.Failed, "the bot has never been opened by them and automatic installation is not configured (MicrosoftAppId and Graph:TeamsAppCatalogId)");
        }

        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{client.RequestAdapter.BaseUrl}/appCatalogs/teamsApps/{Uri.EscapeDataString(appId)}",
            },
        };
        try
        {
            await client.Users[aadObjectId].Teamwork.InstalledApps.PostAsync(installation, request => request.Options.Add(new RetryHandlerOption { MaxRetry = 4 }), cancellationToken);
            return new InstallResult(InstallOutcome.Installed);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            return new InstallResult(InstallOutcome.AlreadyInstalled);
        }
        catch (ODataError error)
        {
            LogInstallFailed(logger, error.ResponseStatusCode, error.Error?.Code);
            return error.ResponseStatusCode switch
            {
                429 or 503 or 504 => new InstallResult(InstallOutcome.RetryLater, "Graph busy", TimeSpan.FromSeconds(30)),
                404 => new InstallResult(InstallOutcome.Failed, "Graph could not find the user or the app in the tenant's app catalog (404)"),
                403 => new InstallResult(InstallOutcome.Failed, "the bot may not install apps for users (403: TeamsAppInstallation permission missing, or Teams not licensed for them)"),
                _ => new InstallResult(InstallOutcome.Failed, $"Graph answered {error.ResponseStatusCode} {error.Error?.Code}"),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            // Graph or Entra unreachable: try again later rather than give up on the person.
            LogInstallFailed(logger, 0, ex.GetType().Name);
            return new InstallResult(InstallOutcome.RetryLater, "Graph unreachable", TimeSpan.FromSeconds(30));
        }
    }

    [LoggerMessage(EventId = 5031, Level = LogLevel.Warning, Message = "Teams app install through Graph failed: {Status} {Code}")]
    private static partial void LogInstallFailed(ILogger logger, int status, string? code);
}
