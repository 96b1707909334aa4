using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace CadoxtonPolicyBot.Infrastructure.Graph;

/// <summary>The one Graph client, as the bot's app registration; null in local mode, where features say what they cannot do.</summary>
public sealed class GraphClientProvider(
    IOptions<GraphOptions> graph,
    IOptions<BotIdentityOptions> identity,
    IOptions<BotCredentialOptions> credentials) : IDisposable
{
    private readonly Lazy<GraphServiceClient?> _client = new(() =>
        BotAppCredential.Create(identity.Value, credentials.Value) is { } credential
            ? new GraphServiceClient(credential, ["https://graph.microsoft.com/.default"], graph.Value.BaseUrl.ToString().TrimEnd('/'))
            : null);

    public GraphServiceClient? Client => _client.Value;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value?.Dispose();
        }
    }
}
