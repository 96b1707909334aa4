using System.Threading.Channels;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Tells the delivery worker there is something new in the outbox, so a launch starts sending at once rather than
/// at the next poll. Wake-ups coalesce: a thousand calls while the worker is busy cause one more pass.
/// </summary>
public sealed class DeliveryWakeUp
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public void Wake() => _signals.Writer.TryWrite(true);

    /// <summary>Returns when woken or when <paramref name="timeout"/> has passed on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var delay = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, delay.Token);
        try
        {
            await _signals.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed with no wake-up: time for a routine look.
        }
    }
}
