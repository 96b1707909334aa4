using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

public static class TurnsModule
{
    public static IHostApplicationBuilder AddTurnPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped(typeof(Deferred<>));
        builder.Services.AddSingleton<HelpCards>();
        builder.Services.AddScoped<WelcomeSender>();
        builder.Services.AddScoped<IMessageCommand, HelpCommand>();
        builder.Services.AddScoped<IBot, TurnRouter>();
        // Routing-level gates: who is served at all (staff only), and how often membership events are handled.
        builder.Services.AddSecurityAudit();
        builder.Services.AddScoped<IActivityGate, StaffGate>();
        builder.Services.AddSingleton<IActivityGate, ConversationUpdateLimiter>();
        return builder;
    }
}
