using CadoxtonPolicyBot.Infrastructure.Graph;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Reads the members of Roles:HeadTeacherGroupId and Roles:ConcernHandlerGroupId from Microsoft Graph (application
/// permission GroupMember.ReadBasic.All) at start-up and then every Roles:GroupRefreshInterval. Until the first read, and
/// whenever Graph fails, the last known members stay; the listed ids always apply.
/// </summary>
internal sealed partial class RoleGroupRefresher(
    IOptionsMonitor<RolesOptions> options,
    GraphClientProvider graph,
    RoleGroupMembers members,
    TimeProvider time,
    ILogger<RoleGroupRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            if (string.IsNullOrWhiteSpace(settings.HeadTeacherGroupId) && string.IsNullOrWhiteSpace(settings.ConcernHandlerGroupId))
            {
                return;
            }

            if (graph.Client is not { } client)
            {
                LogNoGraph(logger);
                return;
            }

            try
            {
                members.Replace(
                    await ReadAsync(client, settings.HeadTeacherGroupId, stoppingToken),
                    await ReadAsync(client, settings.ConcernHandlerGroupId, stoppingToken));
                LogRefreshed(logger, members.HeadTeachers.Count, members.ConcernHandlers.Count);
            }
            catch (ApiException ex)
            {
                // ODataError, or an error answer whose body is not Graph's error shape: either way the last members stay.
                LogFailed(logger, ex.ResponseStatusCode);
            }
            catch (Azure.Identity.AuthenticationFailedException)
            {
                LogFailed(logger, 401);
            }
            catch (HttpRequestException)
            {
                // Graph unreachable: keep the last known members and try again at the next interval.
                LogFailed(logger, 0);
            }

            await Task.Delay(settings.GroupRefreshInterval, time, stoppingToken);
        }
    }

    private static async Task<IEnumerable<string>> ReadAsync(GraphServiceClient client, string? groupId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(groupId) ? [] : (await client.ListEnabledUsersAsync(groupId, cancellationToken)).Select(m => m.Id);

    [LoggerMessage(EventId = 220, Level = LogLevel.Warning, Message = "Role groups are configured but Microsoft Graph is not (no MicrosoftAppId): only the listed ids have roles")]
    private static partial void LogNoGraph(ILogger logger);

    [LoggerMessage(EventId = 221, Level = LogLevel.Information, Message = "Role groups read: {HeadTeachers} head teacher(s), {Handlers} concern handler(s)")]
    private static partial void LogRefreshed(ILogger logger, int headTeachers, int handlers);

    [LoggerMessage(EventId = 222, Level = LogLevel.Warning, Message = "Reading the role groups from Microsoft Graph failed with status {StatusCode}; the last known members stay")]
    private static partial void LogFailed(ILogger logger, int statusCode);
}
