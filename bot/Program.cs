using CadoxtonPolicyBot.Protocol;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotProtocol();

var app = builder.Build();
app.MapBotMessages();
app.MapGet("/healthz", () => Results.Text("ok"));
app.Run();

public partial class Program;
