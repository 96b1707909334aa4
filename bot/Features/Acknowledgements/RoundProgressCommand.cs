using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>"acknowledgement progress": the head teacher's progress card for the latest round.</summary>
internal sealed class RoundProgressCommand(Deferred<BotDbContext> db, Deferred<AcknowledgementRounds> rounds, AcknowledgementCards cards, StaffRoles roles, Deferred<ProactiveMessenger> proactive) : IMessageCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "acknowledgement progress", "acknowledgment progress", "round progress", "show round progress", "who has not acknowledged",
        "who hasn t acknowledged", "acknowledgements",
    };

    public bool Matches(IncomingMessage message) => Phrases.Contains(message.Normalised);

    public async Task HandleAsync(ITurnContext turn, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!roles.IsHeadTeacher(turn.Activity.From?.AadObjectId))
        {
            await turn.SendAsync(AcknowledgementCards.Refusal().ToActivity("Acknowledgement rounds"), cancellationToken);
            return;
        }

        var latest = await db.Value.Set<AcknowledgementRound>().AsNoTracking()
            .OrderByDescending(r => r.Status == RoundStatus.Open).ThenByDescending(r => r.CreatedAt)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var progress = latest is null ? null : await rounds.Value.ProgressAsync(latest.Value, cancellationToken);
        var activity = progress is null
            ? turn.Activity.CreateReply("There are no acknowledgement rounds yet. Type \"start acknowledgement round\" to begin one.")
            : cards.Progress(progress, turn.Activity.From?.Id).ToActivity("Acknowledgement round progress");
        if (progress is null || turn.Activity.IsPersonalChat)
        {
            await turn.SendAsync(activity, cancellationToken);
            return;
        }

        // Everyone's status, by name, goes only to the head teacher's own chat; the channel gets one line.
        var from = turn.Activity.From!;
        var personal = await proactive.Value.OpenPersonalAsync(turn, from, cancellationToken);
        var sent = personal is not null && (await proactive.Value.SendAsync(personal, activity, cancellationToken)).Succeeded;
        await turn.SendAsync(turn.Activity.CreateReply(sent ? AcknowledgementCards.SentPrivatelyMessage : AcknowledgementCards.OpenYourChatMessage), cancellationToken);
    }
}
