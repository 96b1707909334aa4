namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// The turn being handled in this request scope, if any (set by the /api/messages endpoint). Lets the protocol layer
/// use the current turn's Teams service for work a feature asked for without passing the turn along (see
/// <see cref="ProactiveMessenger"/>). Null in background work, which has no turn.
/// </summary>
public sealed class CurrentTurn
{
    public ITurnContext? Turn { get; set; }
}
