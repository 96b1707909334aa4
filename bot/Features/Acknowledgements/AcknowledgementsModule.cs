using CadoxtonPolicyBot.Infrastructure.Coordination;
using CadoxtonPolicyBot.Infrastructure.PolicyText;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

public static class AcknowledgementsModule
{
    /// <summary>Yearly acknowledgement rounds: commands, card actions, export, the outbox worker and the schedule.</summary>
    public static IHostApplicationBuilder AddAcknowledgements(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AcknowledgementOptions>().BindConfiguration(AcknowledgementOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.ReminderDaysBeforeDue.All(d => d is > 0 and <= 365), "Acknowledgements:ReminderDaysBeforeDue must hold days between 1 and 365.")
            .ValidateOnStart();

        builder.AddPolicy();
        builder.AddSchoolTime();
        // Addressing a person's 1:1 chat from a channel turn (their card, the head teacher's progress).
        services.TryAddScoped<ProactiveMessenger>();
        services.AddMetrics();
        services.AddHostedService<AcknowledgementMetrics>();
        services.AddSingleton<PolicyCheck>();
        services.AddSingleton<AcknowledgementCards>();
        services.AddSingleton<DeliveryWakeUp>();
        services.AddSingleton<TeamsRateLimiter>();
        services.AddSingleton<OutboxDispatcher>();

        services.AddScoped<AcknowledgementRounds>();
        services.AddScoped<RoundExporter>();
        services.AddScoped<AcknowledgementRetention>();
        services.AddScoped<CadoxtonPolicyBot.Infrastructure.Roles.ILeaverRecords, OutboxLeaverRecords>();
        services.AddScoped<AcknowledgementSchedule>();
        services.AddScoped<GraphGroupDirectory>();
        services.AddScoped<TeamRosterDirectory>();
        services.AddScoped<IAudienceDirectory, AudienceDirectory>();
        services.AddScoped<IGroupSearch>(sp => sp.GetRequiredService<GraphGroupDirectory>());
        services.AddScoped<AudienceChoices>();
        services.AddScoped<IInvokeHandler, GroupSearchHandler>();
        services.AddScoped<IInstallationHandler, TeamInstallHandler>();
        services.AddScoped<ITeamsAppInstaller, GraphTeamsAppInstaller>();

        services.AddScoped<IMessageCommand, StartRoundCommand>();
        services.AddScoped<IMessageCommand, RoundProgressCommand>();
        // One instance per turn answers both "where is my card?" and the help card's personal entry.
        services.AddScoped<MyCardCommand>();
        services.AddScoped<IMessageCommand>(sp => sp.GetRequiredService<MyCardCommand>());
        services.AddScoped<IPersonalHelpSource>(sp => sp.GetRequiredService<MyCardCommand>());
        CardVerbRegistry.AddCardVerbs(services, AcknowledgementCardActions.Verbs);
        services.AddScoped<IInvokeHandler, ExportFileConsentHandler>();
        services.AddScoped<IMembersAddedHandler, RoundJoinerHandler>();
        services.AddHttpClient(ExportFileConsentHandler.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(60));

        services.AddSingleton(new HelpEntry(
            "Start an acknowledgement round",
            "Head teacher: ask every member of staff to read the social media policy and confirm it, then follow progress, remind and export the evidence.",
            AcknowledgementCards.StartVerb,
            "start acknowledgement round",
            Order: 20));

        services.AddLeases();
        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<AcknowledgementScheduler>();
        return builder;
    }
}
