using CadoxtonPolicyBot.Infrastructure.Graph;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Entra groups by name (Microsoft Graph), for the launch form's typeahead and to name a chosen group.</summary>
public interface IGroupSearch
{
    Task<IReadOnlyList<GraphGroup>> SearchAsync(string text, CancellationToken cancellationToken);

    Task<string?> NameAsync(string groupId, CancellationToken cancellationToken);
}
