using System.Text.Json;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Tests.Support;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Runs the multi-turn conversation set through <c>ask --conversation</c> (one process per conversation, as the CLI is
/// used): each turn's verdict and sections against the labels, given the conversation so far.
/// </summary>
public sealed class ConversationSetTests
{
    [Theory]
    [InlineData("conversations.tuning.jsonl", 0.9, 0)]
    [InlineData("conversations.tuning-2.jsonl", 0.9, 0)]
    [InlineData("conversations.tuning-4.jsonl", 0.85, 0)]
    [InlineData("conversations.tuning-5.jsonl", 0.86, 0)]
    [InlineData("conversations.tuning-6.jsonl", 0.65, 0)]
    [InlineData("conversations.tuning-7.jsonl", 0.84, 0)]
    // Earlier held-out conversations are tuning material once scored: round 3's (28 of 35 turns, 2 false permits when scored
    // once), round 4's (21 of 33, 2 false permits when scored once).
    [InlineData("conversations.heldout-2.jsonl", 0.88, 0)]
    [InlineData("conversations.heldout-4.jsonl", 0.81, 0)]
    // Round 5's held-out conversations, scored once at 71b0c83: 26 of 33 turns, 1 false permit; after its kind was fixed, 27
    // with none (README, "Scores"). Held so it cannot get worse.
    [InlineData("conversations.heldout-5.jsonl", 0.81, 0)]
    // The independent review's conversations: 6 false permits when written, 4 left after round 5, none after round 6
    // (README, "Scores").
    [InlineData("conversations.review5.jsonl", 0.9, 0)]
    // Round 6's held-out conversations, scored once at edc0f1d: 22 of 34 turns, 3 false permits; after their kinds were
    // fixed, 26 with none. The round 6 review's conversations: 6 false permits when written, none left (README, "Scores").
    [InlineData("conversations.heldout-6.jsonl", 0.76, 0)]
    [InlineData("conversations.review6.jsonl", 0.73, 0)]
    // Round 7's held-out conversations, scored once at 0a66f19: 21 of 36 turns, 3 false permits (as at the baseline); after
    // their kinds were fixed, 24 with none.
    [InlineData("conversations.heldout-7.jsonl", 0.66, 0)]
    // Round 8's conversations: the tuning half 22 of 32 turns with none at the baseline; the held-out half, scored once at
    // cc176b7, 30 of 36 turns with none (30 at the baseline too).
    [InlineData("conversations.tuning-8.jsonl", 0.68, 0)]
    [InlineData("conversations.heldout-8.jsonl", 0.83, 0)]
    public async Task Conversations_pass_turn_by_turn_at_their_floor_and_false_permits_do_not_rise(string set, double floor, int maxFalsePermits)
    {
        var path = RepositoryPaths.File("tests", "eval", set);
        var total = 0;
        var misses = new List<string>();
        var falsePermits = new List<string>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var conversation = JsonDocument.Parse(line).RootElement;
            var turns = conversation.GetProperty("turns").EnumerateArray().ToList();
            var input = new StringReader(string.Join('\n', turns.Select(t => t.GetProperty("q").GetString()!.Replace('\n', ' '))) + "\n");
            var output = new StringWriter();
            Assert.Equal(0, await AskCommand.RunAsync(["ask", "--conversation"], input, output, TextWriter.Null, CancellationToken.None));
            var answers = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(turns.Count, answers.Length);
            for (var i = 0; i < turns.Count; i++)
            {
                total++;
                var got = JsonDocument.Parse(answers[i]).RootElement;
                var verdict = got.GetProperty("verdict").GetString()!;
                var cited = got.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()!).ToList();
                var ok = Strings(turns[i], "ok_verdicts").Append(turns[i].GetProperty("verdict").GetString()!).ToList();
                var clauses = Strings(turns[i], "clauses").ToList();
                var id = $"{conversation.GetProperty("id").GetString()} turn {i + 1}";
                if (!ok.Contains(verdict) || (clauses.Count > 0 && !cited.Intersect(clauses).Any()))
                {
                    misses.Add($"{id}: {verdict} [{string.Join(",", cited)}]");
                }

                if (verdict is "allowed" or "allowed_with_care" && !ok.Any(v => v is "allowed" or "allowed_with_care"))
                {
                    falsePermits.Add(id);
                }
            }
        }

        Assert.True(falsePermits.Count <= maxFalsePermits, $"False permits: {string.Join(", ", falsePermits)}");
        Assert.True(total - misses.Count >= total * floor, $"{total - misses.Count}/{total} turns; misses: {string.Join("; ", misses)}");
    }

    [Fact]
    public async Task Plain_json_mode_keeps_every_line_independent()
    {
        var input = new StringReader("Can I go on Facebook at lunchtime?\nthe school one\n");
        var output = new StringWriter();
        await AskCommand.RunAsync(["ask", "--json"], input, output, TextWriter.Null, CancellationToken.None);
        var second = JsonDocument.Parse(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]).RootElement;
        Assert.NotEqual("not_allowed", second.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Conversation_mode_resolves_a_typed_reply_to_the_open_question()
    {
        var input = new StringReader("Can I go on Facebook at lunchtime?\nthe school one\nok what about my own phone then\n");
        var output = new StringWriter();
        await AskCommand.RunAsync(["ask", "--conversation"], input, output, TextWriter.Null, CancellationToken.None);
        var verdicts = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("verdict").GetString()).ToList();
        Assert.Equal(["depends", "not_allowed", "allowed_with_care"], verdicts);
    }

    private static IEnumerable<string> Strings(JsonElement gold, string name) =>
        gold.TryGetProperty(name, out var values) ? values.EnumerateArray().Select(v => v.GetString()!) : [];
}
