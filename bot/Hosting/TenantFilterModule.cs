using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Hosting;

public static class TenantFilterModule
{
    /// <summary>Refuses, and audits, activities from tenants other than MicrosoftAppTenantId before anything else sees them.</summary>
    public static IHostApplicationBuilder AddTenantFilter(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSecurityAudit();
        builder.Services.AddScoped<IActivityGate, TenantFilter>();
        return builder;
    }
}
