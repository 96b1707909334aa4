using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>
/// <c>answers [questions.jsonl] [rounds]</c>: times the engine over a question set and prints the median and p99
/// microseconds per question and the bytes allocated per question. A benchmark prints numbers; no test is timed.
/// </summary>
internal static class AnswerBenchmark
{
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var path = args.Length > 0 ? args[0] : FindDevSet();
        if (path is null || !File.Exists(path))
        {
            output.WriteLine("No question set found: pass the path to a questions .jsonl file.");
            return 2;
        }

        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var questions = File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString() ?? "")
            .ToArray();
        var engine = new PolicyAnswerEngine(PolicyDocument.LoadEmbedded());

        for (var warm = 0; warm < 20; warm++)
        {
            foreach (var q in questions)
            {
                engine.Answer(q);
            }
        }

        var samples = new double[questions.Length * rounds];
        var n = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in questions)
            {
                var started = Stopwatch.GetTimestamp();
                engine.Answer(q);
                samples[n++] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(samples);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"questions {questions.Length} x {rounds} rounds: median {samples[n / 2]:F1} µs, p99 {samples[(int)(n * 0.99)]:F1} µs, " +
            $"max {samples[n - 1]:F1} µs, allocated {allocated / n} bytes/question"));
        return 0;
    }

    // The repository's copy of the school's dev question set (the same 40 questions as ../shared/eval).
    private static string? FindDevSet()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "CadoxtonPolicyBot.Tests", "Policy", "Answers", "questions.dev.jsonl");
            if (File.Exists(Path.Combine(dir.FullName, "CadoxtonPolicyBot.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
