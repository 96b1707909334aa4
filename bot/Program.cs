using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Hosting;
using CadoxtonPolicyBot.Infrastructure.Graph;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.PolicyText;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

// The command line runs without the web host and prints only its own output.
if (args is ["ask", ..])
{
    return await AskCommand.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

// Acknowledgement records past their retention leave only through this audited command (dry run without --apply).
if (args is [PurgeAcknowledgementsCommand.Name, ..])
{
    return await PurgeAcknowledgementsCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

// A missing or wrong setting ends start-up with one line naming it, not a stack trace.
StartupErrors.ExitOnInvalidSettings(Console.Error);
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddBotTelemetry();
try
{
    builder.AddPolicy();
}
catch (PolicyTextException refused)
{
    // A revision without wording the bot relies on: one message saying what and where, not a stack trace.
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}

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
