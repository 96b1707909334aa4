using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

/// <summary>
/// Creates and migrates the database before the app takes traffic, so a school's first run needs no set-up.
/// EF Core takes a migration lock, so several instances starting together on PostgreSQL do not collide.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, db.Database.ProviderName, pending);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Database ready ({Provider}); {Applied} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string? provider, int applied);
}
