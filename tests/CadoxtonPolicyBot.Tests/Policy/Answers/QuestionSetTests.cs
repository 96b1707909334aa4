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

    // The issue-10 tuning halves (tests/eval): staff's own wording, English and Welsh. The floors hold the figures in the
    // README ("Scores"); a false permit ("yes" to what the policy forbids) fails the test on its own.
    [Theory]
    [InlineData("questions.tuning.jsonl", 0.92)]
    [InlineData("questions.tuning-2.jsonl", 0.92)]
    [InlineData("questions.tuning-4.jsonl", 0.81)]
    [InlineData("questions.tuning-5.jsonl", 0.83)]
    [InlineData("questions.tuning-6.jsonl", 0.74)]
    [InlineData("questions.tuning-7.jsonl", 0.72)]
    // Earlier held-out halves are tuning material once scored: round 3's (200/300 when scored once) since round 4, round 4's
    // (200/300 with 4 false permits when scored once, at 9fb4e57) since round 5.
    [InlineData("questions.heldout-2.jsonl", 0.93)]
    [InlineData("questions.heldout-4.jsonl", 0.83)]
    // The lead's own attack probes of the permit rules, labelled from the policy alone.
    [InlineData("probes.engine4.jsonl", 0.90)]
    public void Issue_10_tuning_sets_pass_their_floor_with_no_false_permit(string set, double floor)
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", set), floor);
    }

    // The held-out half of round 5 was scored once, at commit 71b0c83, before anyone tuning the engine read it: 155/220
    // (70 %) with 4 false permits (README, "Scores"). Its false-permit kinds were then fixed as mechanisms (158/220, none),
    // and an independent review's safety fixes after that cost one answer (157/220, none). Round 6's undecided-question work
    // (tuned on the other sets, this one read as tuning material) took it to 162/220, and round 7's routing of concerns and
    // information questions, cautious answers and over-blocking to 175/220. Held there so it cannot get worse.
    // The issue's target is 95 % and none. The next round of tuning must write a new held-out set: this one has now been seen.
    [Fact]
    public void Round_5_held_out_half_keeps_its_figure_with_no_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "questions.heldout-5.jsonl"), 0.80);
    }

    // Round 6's held-out half (written by four new writers, labelled blind twice, adjudicated, split once) was scored once with
    // the engine frozen at edc0f1d: 131/200 (66 %) with 4 false permits. Its false-permit kinds and the independent review's were
    // then fixed as mechanisms, giving 134/200 with none (README, "Scores"); round 7's tuning took it to 141/200. Held there so it cannot get worse; it has now been
    // seen, so the next round needs a new held-out set.
    [Fact]
    public void Round_6_held_out_half_keeps_its_figure_with_no_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "questions.heldout-6.jsonl"), 0.74);
    }

    // The independent review's attack probes of round 6's permit paths: 28 wrong yeses in 181 when written; the last 2 (a
    // classroom said to have no kids in it but their photos on the wall; a new job announced with "I'm taking my TA with me")
    // were closed in round 7. The floor holds the figure with none.
    [Fact]
    public void Round_6_review_probes_keep_their_figure_with_no_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "probes.review6.jsonl"), 0.80);
    }

    // Round 7's held-out half (four new writers, labelled blind twice, adjudicated, split once) was scored once with the engine
    // frozen at 0a66f19: 138/200 (69 %) with 2 false permits, the very miss list of the baseline before round 7's tuning
    // (5158637). Its false-permit kinds were then fixed as mechanisms: 140/200 with none (README, "Scores"). Held there; it has
    // now been seen, so the next round needs a new held-out set.
    [Fact]
    public void Round_7_held_out_half_keeps_its_figure_with_no_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "questions.heldout-7.jsonl"), 0.70);
    }

    // Round 8's tuning half: 123/200 with 5 false permits before any round 8 change (c05ca3b); its wrong-yes kinds were fixed as
    // mechanisms. One is left, pinned: a parent's direct message about her son's reading level answered on Instagram, where the
    // adjudicator took the writer's "yes, with care" away and eight earlier labels accept it (a labelling disagreement for the
    // head teacher). A second fails the test.
    [Fact]
    public void Round_8_tuning_half_keeps_its_figure_and_its_one_known_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "questions.tuning-8.jsonl"), 0.64, maxFalsePermits: 1);
    }

    // Round 8's held-out half (four new writers, labelled blind twice, adjudicated, split once) was scored once with the engine
    // frozen at cc176b7: 140/200 (70 %) with no false permit, against 138/200 with none at the baseline (c05ca3b), before any
    // round 8 change. Held there; it has now been seen, so the next round needs a new held-out set.
    [Fact]
    public void Round_8_held_out_half_keeps_its_figure_with_no_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "questions.heldout-8.jsonl"), 0.70);
    }

    // The independent review's attack probes of round 7's permit paths: 8 wrong yeses in 96 when written, 1 left, pinned:
    // "the school camera" for one's Instagram, where the round 7 writers (with care: item 1 is about accessing sites on the
    // school's IT system) and the reviewer (no) label a school camera differently. A second fails the test.
    [Fact]
    public void Round_7_review_probes_keep_their_figure_and_their_one_known_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "probes.review7.jsonl"), 0.77, maxFalsePermits: 1);
    }

    // The independent review's attack probes of round 5's permit paths: 16 wrong yeses when written, one left after round 5
    // (a pupil's name right after a colon), closed in round 6. The floor holds the figure with none.
    [Fact]
    public void Round_5_review_probes_keep_their_figure_with_no_false_permit()
    {
        AssertPassRate(RepositoryPaths.File("tests", "eval", "probes.review5.jsonl"), 0.70);
    }

    private static string QuestionSet(string name) => RepositoryPaths.File("tests", "CadoxtonPolicyBot.Tests", "Policy", "Answers", name);

    private static void AssertPassRate(string path, double floor = 0.95, int maxFalsePermits = 0)
    {
        var misses = new List<string>();
        var falsePermits = new List<string>();
        var total = 0;
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            total++;
            var gold = JsonDocument.Parse(line).RootElement;
            var answer = Engine.Answer(gold.GetProperty("q").GetString()!.Replace('\n', ' '));
            var verdicts = Strings(gold, "ok_verdicts").Append(gold.GetProperty("verdict").GetString()!).ToList();
            var clauses = Strings(gold, "clauses").ToList();
            var verdictOk = verdicts.Contains(answer.Verdict.ToWireName());
            var clauseOk = clauses.Count == 0 || answer.SectionIds.Intersect(clauses).Any();
            if (answer.Verdict is Verdict.Allowed or Verdict.AllowedWithCare && !verdicts.Any(v => v is "allowed" or "allowed_with_care"))
            {
                falsePermits.Add(gold.GetProperty("id").GetString()!);
            }

            if (!(verdictOk && clauseOk))
            {
                misses.Add($"{gold.GetProperty("id").GetString()}: {answer.Verdict.ToWireName()} [{string.Join(",", answer.SectionIds)}]");
            }
        }

        Assert.True(total > 0, "The question set is empty.");
        Assert.True(falsePermits.Count <= maxFalsePermits, $"False permits: {string.Join(", ", falsePermits)}");
        var passRate = (total - misses.Count) / (double)total;
        Assert.True(passRate >= floor, $"Pass rate {passRate:P1} below {floor:P0}; misses: {string.Join("; ", misses)}");
    }

    private static IEnumerable<string> Strings(JsonElement gold, string name) =>
        gold.TryGetProperty(name, out var values) ? values.EnumerateArray().Select(v => v.GetString()!) : [];
}
