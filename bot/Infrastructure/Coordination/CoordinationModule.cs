using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CadoxtonPolicyBot.Infrastructure.Coordination;

public static class CoordinationModule
{
    /// <summary>Database leases for work that must run in one instance; safe to call from every module that uses them.</summary>
    public static IServiceCollection AddLeases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InstanceName>();
        services.TryAddSingleton<ILeases, DatabaseLeases>();
        return services;
    }
}
