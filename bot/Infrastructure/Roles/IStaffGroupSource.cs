namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>Reads the members of an Entra group (nested groups included) from the directory.</summary>
public interface IStaffGroupSource
{
    /// <summary>False when there is no directory to ask (local mode: no app registration, so no Graph).</summary>
    bool IsAvailable { get; }

    /// <summary>The members' Entra object ids; a failure (Graph unreachable, refused, no such group) is a value, not an exception.</summary>
    Task<StaffGroupRead> ReadAsync(string groupId, CancellationToken cancellationToken);
}

/// <summary>One read of a group: its members, or why there are none (an HTTP status; 0 for no answer at all).</summary>
public sealed record StaffGroupRead(IReadOnlyCollection<string>? Members, int FailureStatus = 0)
{
    public bool Succeeded => Members is not null;

    public static StaffGroupRead Failed(int status) => new(null, status);
}
