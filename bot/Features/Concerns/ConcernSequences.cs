using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Gap-free counters (the audit sequence): the row is advanced by an UPDATE inside the caller's transaction, so
/// concurrent callers queue on the row (PostgreSQL row lock, SQLite's single writer) and a rolled-back transaction
/// gives its number back. Rows named "CON-yyyy" are the yearly reference counters of the earlier version, now unused.
/// </summary>
internal static class ConcernSequences
{
    public const string Table = "concern_sequences";
    public const string NameColumn = "name";
    public const string ValueColumn = "counter_value";
    public const string Audit = "audit";

    public static async Task<long> NextAsync(BotDbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A sequence is only advanced inside the transaction that uses the number.");
        }

        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO concern_sequences (name, counter_value) VALUES ({0}, 0) ON CONFLICT DO NOTHING", [name], cancellationToken);
        var values = await db.Database.SqlQueryRaw<long>(
            "UPDATE concern_sequences SET counter_value = counter_value + 1 WHERE name = {0} RETURNING counter_value AS \"Value\"", name)
            .ToListAsync(cancellationToken);
        return values.Single();
    }

    public static async Task<long> CurrentAsync(BotDbContext db, string name, CancellationToken cancellationToken) =>
        await db.Set<ConcernSequence>().AsNoTracking().Where(s => s.Name == name).Select(s => s.LastValue).FirstOrDefaultAsync(cancellationToken);
}
