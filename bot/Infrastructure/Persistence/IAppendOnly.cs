namespace CadoxtonPolicyBot.Infrastructure.Persistence;

/// <summary>
/// Marks evidence rows (acknowledgements, audit entries): they are inserted once and never updated or deleted.
/// <see cref="BotDbContext"/> refuses to save a change or deletion of one.
/// </summary>
public interface IAppendOnly;

public sealed class AppendOnlyViolationException(string entityName)
    : InvalidOperationException($"{entityName} rows are append-only: they cannot be changed or deleted.");
