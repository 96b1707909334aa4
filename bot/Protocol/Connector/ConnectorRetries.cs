namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// Lets a caller that keeps its own retry queue (the acknowledgement outbox) make connector calls without the
/// client's built-in retries: it must see each 429 and 5xx itself, to reschedule the row within its rate budget and
/// to know exactly which attempt may have reached Teams. Scoped to the calling async flow, so other calls running at
/// the same time keep their retries.
/// </summary>
public static class ConnectorRetries
{
    private static readonly AsyncLocal<bool> Off = new();

    internal static bool AreSuppressed => Off.Value;

    /// <summary>Connector calls awaited inside the returned scope are made once, with no retries.</summary>
    public static IDisposable Suppress()
    {
        var previous = Off.Value;
        Off.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => Off.Value = previous;
    }
}
