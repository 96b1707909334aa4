using CadoxtonPolicyBot.Infrastructure.Coordination;
using CadoxtonPolicyBot.Infrastructure.PolicyText;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

public static class ConcernsModule
{
    /// <summary>Confidential breach concerns: reporting in 1:1 chat, routing to handlers, workflow, audit, retention, case bundles.</summary>
    public static IHostApplicationBuilder AddConcerns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddPolicy();
        services.AddOptions<ConcernsOptions>().BindConfiguration(ConcernsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<ConcernsOptions>, LocalEncryptionKey>();
        services.AddSingleton<IDirectoryLookup, GraphDirectoryLookup>();

        builder.AddSchoolTime();

        services.AddSingleton<FieldCipher>();
        services.AddScoped<ConcernAuditTrail>();
        services.AddScoped<ConcernAuditVerifier>();
        services.AddScoped<ConcernStore>();
        services.AddScoped<ConcernPurger>();
        services.AddScoped<ConcernMessenger>();
        services.AddScoped<ConcernRouter>();
        services.AddScoped<ConcernEscalator>();
        services.AddSingleton<EvidenceUrlPolicy>();
        GuardedFileClient.Register(services);
        services.AddScoped<EvidenceDownloader>();
        services.AddScoped<CaseBundleBuilder>();
        services.AddScoped<CaseBundleOffer>();
        CardVerbRegistry.AddCardVerbs(services, ConcernCardActions.Verbs);
        services.AddScoped<IInvokeHandler, CaseBundleConsentHandler>();
        services.AddScoped<IMessageCommand, EvidenceUploadCommand>();
        services.AddScoped<IMessageCommand, ReportConcernCommand>();
        services.AddScoped<IMessageCommand, ConcernListCommand>();
        services.AddSingleton(new HelpEntry(
            "Report a concern",
            "Tell the school's concern handlers, privately, about a post that may breach the social media policy. Your name is recorded with it.",
            ConcernVerbs.Start,
            "report a concern",
            Order: 30,
            Welsh: new HelpEntryWelsh(
                "Codi pryder",
                "Dweud wrth y bobl sy'n delio â phryderon yn yr ysgol, yn breifat, am bost a allai dorri'r polisi cyfryngau cymdeithasol. Mae'ch enw'n cael ei gofnodi gydag ef.",
                "codi pryder")));
        services.AddSingleton(new HelpEntry("My concerns", "See the status of concerns you have reported.", null, "my concerns", Order: 31,
            Welsh: new HelpEntryWelsh("Fy mhryderon", "Gweld statws y pryderon rydych chi wedi'u codi.", "fy mhryderon")));
        // The sealer runs before the others start, and after the database migrator (registered earlier).
        services.AddHostedService<AuditChainSealer>();
        services.AddLeases();
        services.AddHostedService<ConcernRetentionService>();
        services.AddHostedService<ConcernEscalationService>();
        services.AddSingleton<AuditHeadLogger>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditHeadLogger>());
        return builder;
    }
}
