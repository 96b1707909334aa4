using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Protocol;

// Command-line modes answer from the engine alone: no web host, nothing but answers on stdout.
if (args.Length > 0 && args[0] == "ask")
{
    return await AskCommand.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

if (args.Length > 0 && args[0] == "bench-answers")
{
    return AnswerBenchmark.Run(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBotProtocol();
builder.AddPolicyAnswers();

var app = builder.Build();
app.MapBotMessages();
app.MapGet("/healthz", () => Results.Text("ok"));
app.Run();
return 0;

public partial class Program;
