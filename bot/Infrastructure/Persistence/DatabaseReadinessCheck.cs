using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

/// <summary>/readyz: the database answers.</summary>
internal sealed class DatabaseReadinessCheck(BotDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
