using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

public static class PolicyAnswersModule
{
    /// <summary>Registers the policy (loaded once from the embedded copy) and the answer engine as singletons.</summary>
    public static IHostApplicationBuilder AddPolicyAnswers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(_ => PolicyDocument.LoadEmbedded());
        builder.Services.AddSingleton(sp => new PolicyAnswerEngine(
            sp.GetRequiredService<PolicyDocument>(), sp.GetRequiredService<ILogger<PolicyAnswerEngine>>()));
        return builder;
    }
}
