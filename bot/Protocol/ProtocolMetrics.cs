using System.Diagnostics.Metrics;

namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// Counts of what crosses the protocol boundary: turns received, and the connector's answers (429s apart, since
/// throttling is what a school's IT contractor needs to see when a round is slow). Tags carry types and status codes only.
/// </summary>
public sealed class ProtocolMetrics
{
    public const string MeterName = "CadoxtonPolicyBot.Protocol";

    private readonly Counter<long> _turns;
    private readonly Counter<long> _connectorResponses;
    private readonly Counter<long> _throttled;

    public ProtocolMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("cadoxton.turns", "{activity}", "Activities received on /api/messages, by type.");
        _connectorResponses = meter.CreateCounter<long>("cadoxton.connector.responses", "{response}", "Answers from the Bot Connector, by HTTP status (each attempt).");
        _throttled = meter.CreateCounter<long>("cadoxton.connector.throttled", "{response}", "429 answers from the Bot Connector (each attempt).");
    }

    public void TurnReceived(string? activityType) => _turns.Add(1, new KeyValuePair<string, object?>("activity.type", activityType ?? "unknown"));

    public void ConnectorAnswered(int statusCode)
    {
        _connectorResponses.Add(1, new KeyValuePair<string, object?>("http.response.status_code", statusCode));
        if (statusCode == 429)
        {
            _throttled.Add(1);
        }
    }
}

/// <summary>Records each connector attempt's status; sits inside the retry pipeline, so retried 429s count too.</summary>
internal sealed class ConnectorMetricsHandler(ProtocolMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        metrics.ConnectorAnswered((int)response.StatusCode);
        return response;
    }
}
