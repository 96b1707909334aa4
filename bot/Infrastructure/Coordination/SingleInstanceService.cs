namespace CadoxtonPolicyBot.Infrastructure.Coordination;

/// <summary>
/// Scheduled work that must happen once however many instances of the bot run (reminders, the yearly offer, purges,
/// escalation, the audit head in the log): every interval each instance tries to take or renew the named lease, and
/// only the holder does the work. The lease lasts two intervals (at least a minute), so the holder keeps it from pass
/// to pass; if the holder dies, another instance takes over at most three intervals later, and at once after a
/// graceful stop, which gives the lease up.
/// </summary>
public abstract class SingleInstanceService(ILeases leases, TimeProvider time) : BackgroundService
{
    private bool _held;

    /// <summary>The lease's name in the <c>leases</c> table.</summary>
    protected abstract string LeaseName { get; }

    /// <summary>Time between passes (read before each pass, so a changed setting applies).</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Wait before the first pass (for example, until migrations have run).</summary>
    protected virtual TimeSpan FirstDelay => TimeSpan.Zero;

    /// <summary>How long the lease lasts after each pass: two intervals, at least a minute.</summary>
    protected TimeSpan LeaseTime => Interval * 2 < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : Interval * 2;

    /// <summary>One pass of the work, in the lease holder only.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>A pass (or taking the lease) failed with an expected fault (database or network away); the next pass retries.</summary>
    protected abstract void PassFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (FirstDelay > TimeSpan.Zero)
            {
                await Task.Delay(FirstDelay, time, stoppingToken);
            }

            // A delay per pass, not a periodic timer: after the clock jumps it runs once, not once per missed interval.
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunIfHolderAsync(stoppingToken);
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Takes or renews the lease and, if this instance holds it, runs one pass. True when the pass ran.</summary>
    internal virtual async Task<bool> RunIfHolderAsync(CancellationToken cancellationToken)
    {
        try
        {
            _held = await leases.TryHoldAsync(LeaseName, LeaseTime, cancellationToken);
            if (!_held)
            {
                return false;
            }

            await RunOnceAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or System.Data.Common.DbException or HttpRequestException)
        {
            PassFailed(ex);
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_held)
        {
            try
            {
                await leases.ReleaseAsync(LeaseName, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or OperationCanceledException)
            {
                // Stopping anyway: the lease simply runs out.
                PassFailed(ex);
            }
        }
    }
}
