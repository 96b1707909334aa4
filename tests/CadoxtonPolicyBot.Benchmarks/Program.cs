namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>
/// Benchmarks print numbers; nothing here passes or fails. Run in Release:
///   dotnet run -c Release --project tests/CadoxtonPolicyBot.Benchmarks -- turns [seconds] [connections]
///   dotnet run -c Release --project tests/CadoxtonPolicyBot.Benchmarks -- round [recipients=10000] [kill after cards=3000]
///   dotnet run -c Release --project tests/CadoxtonPolicyBot.Benchmarks -- round-two [recipients=10000] [kill after cards=3000]
///   dotnet run -c Release --project tests/CadoxtonPolicyBot.Benchmarks -- answers [questions.jsonl] [rounds=200]
///   dotnet run -c Release --project tests/CadoxtonPolicyBot.Benchmarks -- evidence [files=40] [MiB each=9]
/// (A class rather than top-level statements: the bot's own Program is the type the benchmarks host.)
/// </summary>
internal static class BenchmarkMain
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["turns", ..] => await TurnBenchmark.RunAsync(args[1..], Console.Out),
        ["round", ..] => await RoundBenchmark.RunAsync(args[1..], Console.Out),
        ["round-two", ..] => await RoundBenchmark.RunTwoInstancesAsync(args[1..], Console.Out),
        ["answers", ..] => AnswerBenchmark.Run(args[1..], Console.Out),
        ["evidence", ..] => await EvidenceMemoryBenchmark.RunAsync(args[1..], Console.Out),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: turns [seconds=10] [connections=16] | round [recipients=10000] [kill-after-cards=3000] | round-two [recipients=10000] [kill-after-cards=3000] | answers [questions.jsonl] [rounds=200] | evidence [files=40] [MiB each=9]");
        return 2;
    }
}
