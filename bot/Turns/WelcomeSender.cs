using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// Sends the welcome card once per conversation. Teams announces an install twice (installationUpdate and
/// conversationUpdate, in either order, at once), so the first to claim the conversation in the database wins.
/// </summary>
internal sealed class WelcomeSender(BotDbContext db, HelpCards cards, TimeProvider time)
{
    public async Task WelcomeOnceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var conversationId = turn.Reference.ConversationId;
        if (await db.ConversationWelcomes.AnyAsync(w => w.ConversationId == conversationId, cancellationToken))
        {
            return;
        }

        db.ConversationWelcomes.Add(new ConversationWelcome { ConversationId = conversationId, WelcomedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return;
        }

        await turn.SendAsync(cards.Welcome().ToActivity("Welcome to the Cadoxton Policy Bot"), cancellationToken);
    }

    /// <summary>After an uninstall, a later reinstall is welcomed again.</summary>
    public Task ForgetAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        db.ConversationWelcomes.Where(w => w.ConversationId == turn.Reference.ConversationId).ExecuteDeleteAsync(cancellationToken);
}
