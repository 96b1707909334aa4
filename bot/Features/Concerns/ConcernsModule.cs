using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

public static class ConcernsModule
{
    /// <summary>Confidential breach concerns: reporting in 1:1 chat, routing to handlers, workflow, audit, retention, case bundles.</summary>
    public static IHostApplicationBuilder AddConcerns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ConcernsOptions>().BindConfiguration(ConcernsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (GraphOptions.IsConfigured(builder.Configuration))
        {
            services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
            services.AddSingleton<IDirectoryLookup, GraphDirectoryLookup>();
        }
        else
        {
            services.AddSingleton<IDirectoryLookup, NoDirectoryLookup>();
        }

        services.AddSingleton<FieldCipher>();
        services.AddScoped<ConcernAuditTrail>();
        services.AddScoped<ConcernStore>();
        services.AddScoped<ConcernPurger>();
        services.AddHostedService<ConcernRetentionService>();
        return builder;
    }
}
