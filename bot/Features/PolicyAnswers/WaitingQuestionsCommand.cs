using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>
/// "questions", for head teachers: shows the passed-on questions still waiting, e.g. those sent before the head
/// teacher had a chat with the bot. For anyone else the word is not a command, and is answered as a question.
/// </summary>
internal sealed class WaitingQuestionsCommand(Deferred<PassedOnQuestions> passedOn, StaffRoles roles) : IMessageCommand
{
    private const int MaxShown = 10;

    public bool Matches(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Normalised is "questions" or "waiting questions" or "show questions" or "my questions";
    }

    public ValueTask<bool> MatchesAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ValueTask.FromResult(Matches(message) && turn.Activity.IsPersonalChat && roles.IsHeadTeacher(turn.Activity.From?.AadObjectId));
    }

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var waiting = await passedOn.Value.WaitingAsync(MaxShown, cancellationToken);
        if (waiting.Count == 0)
        {
            await turn.SendAsync(turn.Activity.CreateReply("No questions are waiting for you."), cancellationToken);
            return;
        }

        foreach (var question in waiting)
        {
            await turn.SendAsync(PolicyCards.ForHeadTeacher(question).ToActivity("A question for the head teacher"), cancellationToken);
        }
    }
}
