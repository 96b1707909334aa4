using System.Security.Cryptography;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Concern references such as "CON-7KQ4-M2XD": eight characters drawn by the operating system's CSPRNG from an
/// alphabet with nothing to misread (no 0/O, 1/I/L, U), about 39 bits. They reveal no order and no count, so a
/// handler cannot tell from a gap that a concern was routed past them. References of the earlier sequential form
/// ("CON-2026-0007") stay valid: they are only ever looked up, never parsed.
/// </summary>
internal static class ConcernReferences
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Attempts = 8;

    public static string Next()
    {
        Span<char> chars = stackalloc char[8];
        RandomNumberGenerator.GetItems(Alphabet, chars);
        return $"CON-{chars[..4]}-{chars[4..]}";
    }

    /// <summary>A reference no concern has yet (the unique index is the final word); inside the caller's transaction.</summary>
    public static async Task<string> NextUnusedAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var candidate = Next();
            if (!await db.Set<Concern>().AnyAsync(c => c.Reference == candidate, cancellationToken))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No unused concern reference was found; the random source is not random.");
    }
}
