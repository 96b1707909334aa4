namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Implemented by a feature that keeps something for a person only while they are staff (the acknowledgement outbox's
/// pending cards): removes it for people who left the staff group more than Roles:LeaverGracePeriod ago.
/// </summary>
public interface ILeaverRecords
{
    /// <summary>What is removed, in plain words for the audit ("pending outbox row(s)").</summary>
    string What { get; }

    /// <summary>Removes the records of these Entra object ids (lower case); returns how many.</summary>
    Task<int> RemoveAsync(IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken);
}
