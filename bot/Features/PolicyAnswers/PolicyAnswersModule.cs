using CadoxtonPolicyBot.Infrastructure.PolicyText;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Turns;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

public static class PolicyAnswersModule
{
    /// <summary>
    /// Registers the answer engine over the policy (loaded once, see PolicyModule), and the chat side: answer
    /// cards for any free text, follow-ups, feedback counts, and questions passed on to the head teacher.
    /// </summary>
    public static IHostApplicationBuilder AddPolicyAnswers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddPolicy();
        services.AddSingleton(sp => new PolicyAnswerEngine(
            sp.GetRequiredService<PolicyDocument>(), sp.GetRequiredService<ILogger<PolicyAnswerEngine>>()));

        services.AddOptions<PolicyAnswersOptions>().BindConfiguration(PolicyAnswersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Passed-on questions are encrypted with Data Protection; its key ring lives in the bot's database so that
        // every instance (and every redeploy) can read what another wrote, on SQLite and PostgreSQL alike.
        services.AddDataProtection().SetApplicationName("CadoxtonPolicyBot");
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseXmlRepository>((o, repository) => o.XmlRepository = repository);
        // ...encrypted with a key that is not in the database, so a copy of the database alone reads nothing.
        services.AddKeyRingEncryption();

        services.AddMetrics();
        services.AddSingleton<PolicyAnswerMetrics>();
        services.AddScoped<FollowUpStore>();
        services.AddScoped<FeedbackCounter>();
        services.AddScoped<PassedOnQuestions>();
        services.AddScoped<PolicyMessenger>();
        services.AddScoped<IFreeTextHandler, PolicyQuestionHandler>();
        CardVerbRegistry.AddCardVerbs(services, PolicyCardActions.Verbs);
        services.AddScoped<IMessageCommand, WaitingQuestionsCommand>();
        services.AddSingleton(new HelpEntry(
            "Ask about the policy",
            "Ask in your own words whether you can post something, about photos, pupils, privacy settings or phones at work. I answer from the policy and quote it.",
            null,
            "can I post photos from the school trip?",
            Order: 10,
            Welsh: new HelpEntryWelsh(
                "Gofyn am y polisi",
                "Gofynnwch yn eich geiriau eich hun a gewch chi bostio rhywbeth: am luniau, disgyblion, gosodiadau preifatrwydd neu ffonau yn y gwaith. Dw i'n ateb o'r polisi ac yn ei ddyfynnu.",
                "ga i bostio lluniau o drip yr ysgol?")));
        services.AddSingleton(new HelpEntry("Read the policy", "The whole staff social media policy, or one part of it.", PolicyVerbs.Read, "show the policy, or clause 7", Order: 11,
            Welsh: new HelpEntryWelsh("Darllen y polisi", "Polisi cyfryngau cymdeithasol cyfan y staff, neu un rhan ohono (yn Saesneg).", "dangos y polisi")));
        return builder;
    }
}
