using System.Security.Cryptography;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>A passed-on question as the head teacher reads it.</summary>
internal sealed record WaitingQuestion(Guid Id, string Question, string AskerName, DateTimeOffset AskedAt);

/// <summary>
/// Questions staff chose to send to the head teacher: the only question text the bot ever stores, encrypted, and
/// only until the reply has reached the asker.
/// </summary>
internal sealed class PassedOnQuestions(BotDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    public const string ProtectionPurpose = "PolicyAnswers.PassedOnQuestion";

    /// <summary>A question longer than this is cut: a card's data and a database row both have limits.</summary>
    public const int MaxQuestionLength = 2000;

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);

    public async Task<PassedOnQuestion> AddAsync(string askerAadObjectId, string askerTeamsId, string? tenantId, string askerName, string question,
        CancellationToken cancellationToken)
    {
        var row = new PassedOnQuestion
        {
            Id = Guid.NewGuid(),
            AskerAadObjectId = askerAadObjectId,
            AskerTeamsId = askerTeamsId,
            TenantId = tenantId,
            ProtectedQuestion = _protector.Protect(question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question),
            ProtectedAskerName = _protector.Protect(askerName),
            AskedAt = time.GetUtcNow(),
        };
        db.Set<PassedOnQuestion>().Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public Task<PassedOnQuestion?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<PassedOnQuestion>().FirstOrDefaultAsync(q => q.Id == id, cancellationToken);

    /// <summary>Unanswered questions, oldest first, readable.</summary>
    public async Task<IReadOnlyList<WaitingQuestion>> WaitingAsync(int max, CancellationToken cancellationToken)
    {
        var rows = await db.Set<PassedOnQuestion>().AsNoTracking()
            .Where(q => q.AnsweredAt == null && q.ProtectedQuestion != null)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(q => q.AskedAt).Take(max).Select(Read).OfType<WaitingQuestion>()];
    }

    /// <summary>The question readable, or null if it was answered (and so deleted) or cannot be decrypted.</summary>
    public WaitingQuestion? Read(PassedOnQuestion row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.AnsweredAt is not null || row.ProtectedQuestion is null)
        {
            return null;
        }

        try
        {
            return new WaitingQuestion(row.Id, _protector.Unprotect(row.ProtectedQuestion),
                row.ProtectedAskerName is null ? "A member of staff" : _protector.Unprotect(row.ProtectedAskerName), row.AskedAt);
        }
        catch (CryptographicException)
        {
            // Its key is gone (a lost key ring): it cannot be shown to anyone, so it is treated as absent.
            return null;
        }
    }

    /// <summary>Marks the question answered and deletes its text and the asker's name; false if someone answered first.</summary>
    public async Task<bool> MarkAnsweredAsync(PassedOnQuestion row, string headTeacherAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var now = time.GetUtcNow();
        // Conditional on still being open, so two head teachers replying at once cannot both "answer" it.
        var updated = await db.Set<PassedOnQuestion>()
            .Where(q => q.Id == row.Id && q.AnsweredAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(q => q.AnsweredAt, now)
                .SetProperty(q => q.AnsweredByAadObjectId, headTeacherAadObjectId)
                .SetProperty(q => q.ProtectedQuestion, (string?)null)
                .SetProperty(q => q.ProtectedAskerName, (string?)null), cancellationToken);
        return updated > 0;
    }
}
