using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Infrastructure.Coordination;

/// <summary>
/// Scheduled work that must happen once however many instances of the bot run (reminders, the yearly offer, purges,
/// escalation, the audit head in the log): every interval each instance tries to take or renew the named lease, and
/// only the holder does the work. The lease lasts two intervals (at least a minute), so the holder keeps it from pass
/// to pass; if the holder dies, another instance takes over at most three intervals later, and at once after a
/// graceful stop, which gives the lease up.
/// <para>
/// A pass can outlast its lease (a large round's audience read against Graph's limits), so the lease is also renewed
/// every quarter of its time while a pass runs. If a renewal finds another instance holding it, or renewals keep
/// failing until only a quarter of the lease is left, the pass is cancelled: it stops while the lease is still ours,
/// rather than run on beside the instance that takes the lease next.
/// </para>
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

    /// <summary>One pass of the work, in the lease holder only. Cancelled if the lease is lost mid-pass.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A pass (or taking the lease) failed with an expected fault (database or network away), or the lease was lost
    /// mid-pass (<see cref="LeaseLostException"/>); the next pass retries.
    /// </summary>
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

    /// <summary>
    /// Takes or renews the lease and, if this instance holds it, runs one pass while renewing the lease. True when the
    /// pass ran to its end with the lease held throughout.
    /// </summary>
    internal virtual async Task<bool> RunIfHolderAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The lease runs at least until this instant (the database computes the expiry from a later "now").
            var leaseTime = LeaseTime;
            var heldUntil = time.GetUtcNow() + leaseTime;
            _held = await leases.TryHoldAsync(LeaseName, leaseTime, cancellationToken);
            if (!_held)
            {
                return false;
            }

            LeaseLostException? lost;
            using (var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            using (var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                // Started before the pass, so its first wait is on the clock before any work begins.
                var renewal = KeepLeaseAsync(leaseTime, heldUntil, pass, renewing.Token);
                try
                {
                    await RunOnceAsync(pass.Token);
                }
                catch (OperationCanceledException) when (pass.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    // Cancelled by the renewal loop: the lease is lost, reported below.
                }
                finally
                {
                    await renewing.CancelAsync();
                    lost = await renewal;
                }
            }

            if (lost is not null)
            {
                _held = false;
                PassFailed(lost);
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or DbException or HttpRequestException)
        {
            PassFailed(ex);
            return false;
        }
    }

    /// <summary>
    /// Renews the lease every quarter of its time until <paramref name="stop"/>. Cancels <paramref name="pass"/> and
    /// returns why when the lease is lost: another instance holds it, or renewals failed until a quarter was left.
    /// Null when the pass ended with the lease held.
    /// </summary>
    private async Task<LeaseLostException?> KeepLeaseAsync(TimeSpan leaseTime, DateTimeOffset heldUntil, CancellationTokenSource pass, CancellationToken stop)
    {
        var every = leaseTime / 4;
        try
        {
            while (true)
            {
                await Task.Delay(every, time, stop);
                var asked = time.GetUtcNow();
                Exception? failure = null;
                bool renewed;
                try
                {
                    renewed = await leases.TryHoldAsync(LeaseName, leaseTime, stop);
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or DbException)
                {
                    // The database is away for a moment: the lease is still ours until it runs out, so try again.
                    failure = ex;
                    renewed = false;
                }

                if (renewed)
                {
                    heldUntil = asked + leaseTime;
                    continue;
                }

                // Renewing keeps failing: stop while about a quarter of the lease is still ours (the next attempt would
                // come too late to leave that much), time for the pass to wind down before anyone else may start.
                if (failure is null || heldUntil - asked < every * 1.5)
                {
                    await pass.CancelAsync();
                    return LeaseLostException.For(LeaseName, failure);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
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
            catch (Exception ex) when (ex is InvalidOperationException or DbException or OperationCanceledException)
            {
                // Stopping anyway: the lease simply runs out.
                PassFailed(ex);
            }
        }
    }
}
