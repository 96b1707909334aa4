using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Hosting;
using CadoxtonPolicyBot.Infrastructure.Graph;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

// Command-line modes run without the web host and print only their own output.
switch (args)
{
    case ["migrations", ..]:
        return MigrationsCommand.Run(args, Console.Out);
    case ["ask", ..]:
        return await AskCommand.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
    case ["bench-answers", ..]:
        return AnswerBenchmark.Run(args, Console.Out);
}

// A missing or wrong setting ends start-up with one line naming it, not a stack trace.
StartupErrors.ExitOnInvalidSettings(Console.Error);
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddBotTelemetry();
builder.AddBotProtocol();
builder.AddTenantFilter();
builder.AddPersistence();
builder.AddStaffRoles();
builder.AddMicrosoftGraph();
builder.AddTurnPipeline();
builder.AddPolicyAnswers();
builder.AddConcerns();
builder.AddAcknowledgements();

var app = builder.Build();
app.MapBotMessages();
app.MapHealthEndpoints();
app.MapInformationPages();
StartupErrors.ValidateSettings(app);
await app.RunAsync();
return 0;

public partial class Program;
