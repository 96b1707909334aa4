using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Infrastructure.Coordination;

/// <summary>
/// Leases in the <c>leases</c> table. Taking or renewing is one conditional UPDATE
/// (<c>WHERE name = @n AND (holder = @me OR expires_at &lt;= @now)</c>): on PostgreSQL a second UPDATE of the same row
/// waits for the first to commit and then re-checks its WHERE clause against the new row, so it matches nothing; on
/// SQLite writers are serialised by the database lock. A lease that does not exist yet is inserted, and the primary
/// key lets only one insert win. Expiry is judged on each instance's clock: App Service instances keep NTP time, and
/// the leases here last minutes, not milliseconds.
/// </summary>
internal sealed partial class DatabaseLeases(
    IServiceScopeFactory scopes,
    InstanceName instance,
    TimeProvider time,
    ILogger<DatabaseLeases> logger) : ILeases
{
    public string Holder => instance.Value;

    public async Task<bool> TryHoldAsync(string name, TimeSpan ttl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = time.GetUtcNow();
        var until = now + ttl;
        var holder = Holder;
        var previous = await db.Set<Lease>().AsNoTracking().Where(l => l.Name == name).Select(l => l.Holder).FirstOrDefaultAsync(cancellationToken);
        var taken = await db.Set<Lease>()
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            if (previous != holder)
            {
                LogTaken(logger, name, previous ?? "nobody");
            }

            return true;
        }

        if (previous is not null)
        {
            return false;
        }

        // No row yet: the first instance to insert it holds it; the other's insert fails on the primary key.
        db.Set<Lease>().Add(new Lease { Name = name, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogTaken(logger, name, "nobody");
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = time.GetUtcNow();
        var holder = Holder;
        await db.Set<Lease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }

    [LoggerMessage(EventId = 260, Level = LogLevel.Information, Message = "This instance now holds the lease {Lease} (before: {Previous})")]
    private static partial void LogTaken(ILogger logger, string lease, string previous);
}
