using CadoxtonPolicyBot.Cards;
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
        object now = db.Database.IsSqlite() ? time.GetUtcNow().UtcTicks : time.GetUtcNow();
        // The insert is the claim: of two concurrent install activities exactly one inserts the row and welcomes.
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO conversation_welcomes ("ConversationId", "WelcomedAt") VALUES ({conversationId}, {now})
            ON CONFLICT ("ConversationId") DO NOTHING
            """, cancellationToken);
        if (claimed == 1)
        {
            await turn.SendAsync(cards.Welcome(turn.Activity.Locale).ToActivity(CardLocale.IsWelsh(turn.Activity.Locale) ? "Croeso i Fot Polisi Cadoxton" : "Welcome to the Cadoxton Policy Bot"), cancellationToken);
        }
    }

    /// <summary>After an uninstall, a later reinstall is welcomed again.</summary>
    public Task ForgetAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        db.ConversationWelcomes.Where(w => w.ConversationId == turn.Reference.ConversationId).ExecuteDeleteAsync(cancellationToken);
}
