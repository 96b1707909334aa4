namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// Decides, before anything is remembered or routed, whether an authenticated activity is served at all (the tenant,
/// the staff group). A gate that refuses answers the caller itself (a line, an invoke answer, or nothing); the
/// conversation is then not stored and no feature hears of the activity. Gates run in <see cref="Order"/>.
/// </summary>
public interface IActivityGate
{
    int Order { get; }

    /// <returns>True to let the activity through.</returns>
    Task<bool> AdmitAsync(ITurnContext turn, CancellationToken cancellationToken);
}
