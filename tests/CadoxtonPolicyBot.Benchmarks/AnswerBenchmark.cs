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
        if (args.Length > 0 && args[0] == "--lengths")
        {
            return Lengths(output);
        }

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

    /// <summary>
    /// <c>answers --lengths</c>: answer time (mention stripping and the engine, as a message goes through the bot)
    /// against message length, 1 KB to 256 KB, for ordinary words and for a string of "&lt;at". It should stay flat: the
    /// engine reads only the first sentences and the regexes are linear.
    /// </summary>
    private static int Lengths(TextWriter output)
    {
        var engine = new PolicyAnswerEngine(PolicyDocument.LoadEmbedded());
        const string Sentence = "Can I post a photo of my class from the school trip on my Facebook page tonight? ";
        output.WriteLine("length   words: median µs   '<at' flood: median µs");
        foreach (var kb in (int[])[1, 4, 16, 28, 64, 128, 256])
        {
            var words = Repeat(Sentence, kb * 1024);
            var flood = Repeat("<at", kb * 1024);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kb,4} KB   {Median(engine, words),12:F0}   {Median(engine, flood),16:F0}"));
        }

        return 0;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    private static double Median(PolicyAnswerEngine engine, string text)
    {
        var activity = new CadoxtonPolicyBot.Protocol.Activity { Type = "message", Text = text };
        var samples = new double[15];
        for (var i = 0; i < samples.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var message = CadoxtonPolicyBot.Turns.MessageText.From(activity);
            engine.Answer(message.Text);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples[samples.Length / 2];
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
