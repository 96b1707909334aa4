using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CadoxtonPolicyBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process answers (liveness). /readyz: the database answers too (readiness).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return endpoints;
    }
}
