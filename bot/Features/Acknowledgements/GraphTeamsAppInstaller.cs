using CadoxtonPolicyBot.Infrastructure.Graph;
using System.Net;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

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
