using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy.Answers;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>Counts "Helpful" / "Not helpful" per verdict, and nothing else: no question, no person, no time.</summary>
internal sealed class FeedbackCounter(BotDbContext db)
{
    public async Task CountAsync(Verdict verdict, bool helpful, CancellationToken cancellationToken)
    {
        var name = verdict.ToWireName();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // Incremented in the database, so presses on several instances at once are all counted.
            var rows = db.Set<AnswerFeedbackCount>().Where(c => c.Verdict == name);
            var updated = helpful
                ? await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.Helpful, c => c.Helpful + 1), cancellationToken)
                : await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.NotHelpful, c => c.NotHelpful + 1), cancellationToken);
            if (updated > 0)
            {
                return;
            }

            db.Set<AnswerFeedbackCount>().Add(new AnswerFeedbackCount { Verdict = name, Helpful = helpful ? 1 : 0, NotHelpful = helpful ? 0 : 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                // Another press created the row first: count this one on it.
                db.ChangeTracker.Clear();
            }
        }

        throw new InvalidOperationException("The feedback count could not be updated.");
    }

    public async Task<AnswerFeedbackCount?> FindAsync(Verdict verdict, CancellationToken cancellationToken)
    {
        var name = verdict.ToWireName();
        return await db.Set<AnswerFeedbackCount>().AsNoTracking().FirstOrDefaultAsync(c => c.Verdict == name, cancellationToken);
    }
}
