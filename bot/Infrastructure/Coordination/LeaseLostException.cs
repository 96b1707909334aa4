namespace CadoxtonPolicyBot.Infrastructure.Coordination;

/// <summary>
/// A pass of single-instance work was stopped because its lease could not be kept: another instance holds it, or
/// renewing it kept failing (the inner exception) until it was about to run out.
/// </summary>
public sealed class LeaseLostException : Exception
{
    public LeaseLostException()
    {
    }

    public LeaseLostException(string message)
        : base(message)
    {
    }

    public LeaseLostException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal static LeaseLostException For(string lease, Exception? renewalFailure) => new(
        renewalFailure is null
            ? $"Another instance took the lease {lease} during a pass; the pass was stopped."
            : $"The lease {lease} could not be renewed during a pass; the pass was stopped before the lease ran out.",
        renewalFailure);
}
