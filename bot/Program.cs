using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Hosting;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

if (args is ["migrations", ..])
{
    return MigrationsCommand.Run(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddBotProtocol();
builder.AddPersistence();
builder.AddStaffRoles();
builder.AddTurnPipeline();
builder.AddAcknowledgements();

var app = builder.Build();
app.MapBotMessages();
app.MapHealthEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
