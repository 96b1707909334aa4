namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// Something the help card offers one person only while it applies to them (e.g. "Confirm the policy" while a round
/// is open for them). Asked each time help is shown, from the authenticated presser or sender.
/// </summary>
public interface IPersonalHelpSource
{
    Task<HelpEntry?> EntryForAsync(string? aadObjectId, CancellationToken cancellationToken);
}
