using System.Text.Json;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Tests.Support;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Runs the engine over question sets with the pass rule of ../shared/eval/score.py. questions.dev.jsonl is the
/// repository's copy of the school's dev set (../shared/eval), so the suite runs from a clone on its own.
/// </summary>
public sealed class QuestionSetTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Fact]
    public void Dev_question_set_passes_at_least_95_percent()
    {
        AssertPassRate(QuestionSet("questions.dev.jsonl"));
    }

    [Fact]
    public void Held_out_style_questions_pass_at_least_95_percent()
    {
        AssertPassRate(QuestionSet("heldout-style.jsonl"));
    }

    [Fact]
    public void Second_held_out_style_set_passes_at_least_95_percent()
    {
        AssertPassRate(QuestionSet("heldout-style-2.jsonl"));
    }

    private static string QuestionSet(string name) => RepositoryPaths.File("tests", "CadoxtonPolicyBot.Tests", "Policy", "Answers", name);

    private static void AssertPassRate(string path)
    {
        var misses = new List<string>();
        var total = 0;
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            total++;
            var gold = JsonDocument.Parse(line).RootElement;
            var answer = Engine.Answer(gold.GetProperty("q").GetString()!.Replace('\n', ' '));
            var verdicts = Strings(gold, "ok_verdicts").Append(gold.GetProperty("verdict").GetString()!);
            var clauses = Strings(gold, "clauses").ToList();
            var verdictOk = verdicts.Contains(answer.Verdict.ToWireName());
            var clauseOk = clauses.Count == 0 || answer.SectionIds.Intersect(clauses).Any();
            if (!(verdictOk && clauseOk))
            {
                misses.Add($"{gold.GetProperty("id").GetString()}: {answer.Verdict.ToWireName()} [{string.Join(",", answer.SectionIds)}]");
            }
        }

        Assert.True(total > 0, "The question set is empty.");
        var passRate = (total - misses.Count) / (double)total;
        Assert.True(passRate >= 0.95, $"Pass rate {passRate:P0}; misses: {string.Join("; ", misses)}");
    }

    private static IEnumerable<string> Strings(JsonElement gold, string name) =>
        gold.TryGetProperty(name, out var values) ? values.EnumerateArray().Select(v => v.GetString()!) : [];
}
