using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>What counts as a permit ("yes" or "yes, with care"), and the check that a question does not get one.</summary>
internal static class Permits
{
    public static bool IsPermit(Verdict verdict) => verdict is Verdict.Allowed or Verdict.AllowedWithCare;

    public static void AssertNotAPermit(PolicyAnswerEngine engine, string question)
    {
        var verdict = engine.Answer(question).Verdict;
        Assert.False(IsPermit(verdict), $"\"{question}\" got {verdict}");
    }
}
