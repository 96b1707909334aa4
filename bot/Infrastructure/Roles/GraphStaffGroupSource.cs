using CadoxtonPolicyBot.Infrastructure.Graph;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// The staff group's enabled members from Microsoft Graph (GET /groups/{id}/transitiveMembers/microsoft.graph.user,
/// application permission GroupMember.ReadBasic.All), read by the same reader the role groups and round audiences use.
/// </summary>
internal sealed class GraphStaffGroupSource : IStaffGroupSource
{
    private readonly Func<GraphServiceClient?> _client;

    public GraphStaffGroupSource(GraphClientProvider graph)
        : this(() => graph.Client)
    {
    }

    /// <summary>For a Graph client made elsewhere (the tests' local Graph endpoint, which needs no token).</summary>
    internal GraphStaffGroupSource(Func<GraphServiceClient?> client) => _client = client;

    public bool IsAvailable => _client() is not null;

    public async Task<StaffGroupRead> ReadAsync(string groupId, CancellationToken cancellationToken)
    {
        if (_client() is not { } client)
        {
            return StaffGroupRead.Failed(0);
        }

        try
        {
            var members = await client.ListEnabledUsersAsync(groupId, cancellationToken);
            return new StaffGroupRead([.. members.Select(m => m.Id)]);
        }
        catch (ApiException ex)
        {
            // ODataError, or an error answer whose body is not Graph's error shape (a proxy's, a bare 404).
            return StaffGroupRead.Failed(ex.ResponseStatusCode);
        }
        catch (Azure.Identity.AuthenticationFailedException)
        {
            return StaffGroupRead.Failed(401);
        }
        catch (HttpRequestException)
        {
            return StaffGroupRead.Failed(0);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The Graph client's own time limit: as good as unreachable.
            return StaffGroupRead.Failed(0);
        }
    }
}
