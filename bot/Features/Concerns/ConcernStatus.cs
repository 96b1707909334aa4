namespace CadoxtonPolicyBot.Features.Concerns;

internal static class ConcernStatus
{
    public const string Received = "received";
    public const string Acknowledged = "acknowledged";
    public const string Investigating = "investigating";
    public const string Closed = "closed";

    /// <summary>The workflow: forward only; a concern can be closed from any open state.</summary>
    public static bool CanMove(string from, string to) => (from, to) switch
    {
        (Received, Acknowledged) => true,
        (Received or Acknowledged, Investigating) => true,
        (Received or Acknowledged or Investigating, Closed) => true,
        _ => false,
    };
}
