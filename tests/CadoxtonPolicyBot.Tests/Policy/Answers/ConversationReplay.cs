using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>Plays turns through the engine as one conversation, each answered with what came before, as Teams does.</summary>
internal static class ConversationReplay
{
    public static PolicyAnswer LastAnswer(PolicyAnswerEngine engine, params string[] turns)
    {
        var state = new ConversationState();
        PolicyAnswer? answer = null;
        foreach (var turn in turns)
        {
            answer = engine.Answer(turn, state.Context);
            state = state.After(answer);
        }

        return answer!;
    }
}
