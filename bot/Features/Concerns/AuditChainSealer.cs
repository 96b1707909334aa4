namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// At start-up, after the database is migrated: seals the entries an earlier version wrote without the audit key
/// (<see cref="ConcernAuditTrail.SealLegacyChainAsync"/>), so a database from before the upgrade still verifies. A chain
/// with a keyed entry is never sealed again.
/// </summary>
internal sealed class AuditChainSealer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConcernAuditTrail>().SealLegacyChainAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
